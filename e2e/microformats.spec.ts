import { expect, test, type APIRequestContext } from '@playwright/test';
import { mf2 } from 'microformats-parser';
import { content, locales, siteOrigin } from './utils';

// What a microformats2 parser (the IndieWeb's readers, sourcing tools) reads from the pages:
// microformats-parser, as published on npm, on the HTML the server sends.

type ParsedDocument = ReturnType<typeof mf2>;
type MicroformatRoot = ParsedDocument['items'][number];
type Property = MicroformatRoot['properties'][string][number];

const isItem = (value: Property): value is MicroformatRoot => typeof value === 'object' && 'properties' in value;

async function parse(request: APIRequestContext, path: string): Promise<ParsedDocument> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return mf2(await response.text(), { baseUrl: `${siteOrigin}${path}` });
}

/** Every item of a type, nested ones included. */
function itemsOf(items: MicroformatRoot[], type: string): MicroformatRoot[] {
  return items.flatMap((item) => [
    ...(item.type?.includes(type) ? [item] : []),
    ...itemsOf(Object.values(item.properties).flat().filter(isItem), type),
    ...itemsOf(item.children ?? [], type),
  ]);
}

/** A property's values as text: a nested item or an image stands for its `value`. */
function textOf(value: Property | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return typeof value.value === 'string' ? value.value : textOf(value.value);
}

const texts = (item: MicroformatRoot, property: string) => (item.properties[property] ?? []).map(textOf);

for (const locale of locales) {
  test(`/${locale} has an h-card with the name in both scripts, email, URL and a rel=me GitHub`, async ({ request }) => {
    const profile = content.profile(locale);
    const parsed = await parse(request, `/${locale}`);
    const cards = itemsOf(parsed.items, 'h-card');
    const card = cards.find((candidate) => texts(candidate, 'url').includes(`${siteOrigin}/${locale}`));
    expect(card, 'an h-card whose url is the home page').toBeDefined();
    if (!card) return;
    expect(texts(card, 'name')).toEqual(expect.arrayContaining([profile.name, profile.alternateName]));
    expect(texts(card, 'email')).toContain(`mailto:${profile.email}`);
    expect(texts(card, 'url')).toContain(profile.github.url);
    expect(texts(card, 'job-title')).toContain(profile.jobTitle);
    expect(texts(card, 'org')).toContain(profile.organization);
    expect(texts(card, 'locality')).toContain(profile.location);
    expect(parsed.rels.me).toContain(profile.github.url);
  });

  test(`/${locale}/resume has an h-resume with its summary, every position and its dates, every education entry and the skills`, async ({
    request,
  }) => {
    const parsed = await parse(request, `/${locale}/resume`);
    const [resume, ...others] = itemsOf(parsed.items, 'h-resume');
    expect(others).toHaveLength(0);
    expect(resume).toBeDefined();
    if (!resume) return;
    const experience = itemsOf(resume.properties.experience?.filter(isItem) ?? [], 'h-event');
    const read = experience.map((event) => ({
      name: texts(event, 'name')[0],
      start: texts(event, 'start')[0],
      end: texts(event, 'end')[0],
    }));
    // Positions carry their own dates or, where the CV gives none, their employer's; an
    // internship is one experience (the CV names no employer or dates for its tasks).
    const expected = content
      .experience(locale)
      .flatMap((job) =>
        job.kind === 'internship'
          ? [{ name: job.organization, start: job.start, end: job.end }]
          : job.positions.map((position) =>
              position.start
                ? { name: position.title, start: position.start, end: position.end }
                : { name: position.title, start: job.start, end: job.end },
            ),
      );
    expect(read).toEqual(expected);
    const education = itemsOf(resume.properties.education?.filter(isItem) ?? [], 'h-event');
    expect(
      education.map((event) => ({ name: texts(event, 'name')[0], start: texts(event, 'start')[0], end: texts(event, 'end')[0] })),
    ).toEqual(content.education(locale).map((school) => ({ name: school.institution, start: school.start, end: school.end })));
    expect(texts(resume, 'skill').length).toBeGreaterThan(0);
    // The h-resume's own summary (not a position's or a school's): the profile's tagline, shown in its details.
    expect(texts(resume, 'summary')).toEqual([content.profile(locale).tagline]);
    const [contact] = itemsOf(resume.properties.contact?.filter(isItem) ?? [], 'h-card');
    expect(contact && texts(contact, 'name')).toContain(content.profile(locale).name);
  });
}
