import { readFile } from 'node:fs/promises';
import { getTranslations } from 'next-intl/server';
import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { getProfile, getProject, getProjects, getSkills, getTechnologies, getTechnology } from './content';
import { NOTO_SANS_JP } from './fonts';
import { cardSize } from './metadata';

// Cards are rendered once, at build time.
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all([
    readFile(NOTO_SANS_JP[400]).then((data) => ({ name: 'Noto Sans JP', data, weight: 400 as const })),
    readFile(NOTO_SANS_JP[700]).then((data) => ({ name: 'Noto Sans JP', data, weight: 700 as const })),
  ]);
  return fonts;
}

type Card = {
  locale: Locale;
  /** A small label above the title: the page type. */
  eyebrow: string;
  title: string;
  /** Up to a handful of technologies or skills. */
  tags: string[];
};

/** The one renderer behind every `card.png`: title, person, role, technologies. */
export async function renderSocialCard({ locale, eyebrow, title, tags }: Card): Promise<ImageResponse> {
  const profile = getProfile(locale);
  const t = await getTranslations({ locale, namespace: 'SocialCard' });
  return new ImageResponse(
    <div
      lang={locale}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0c0a09',
        color: '#f5f5f4',
        fontFamily: 'Noto Sans JP',
        borderTop: '16px solid #5eead4',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#5eead4' }}>{eyebrow}</div>
        <div style={{ display: 'flex', fontSize: title.length > 24 ? 60 : 76, fontWeight: 700, lineHeight: 1.25 }}>{title}</div>
      </div>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {tags.slice(0, 6).map((tag) => (
          <div key={tag} style={{ display: 'flex', padding: '6px 18px', borderRadius: 12, background: '#134e4a', fontSize: 28 }}>
            {tag}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 24, borderTop: '2px solid #292524', paddingTop: 28 }}>
        <div style={{ display: 'flex', fontSize: 40, fontWeight: 700 }}>{profile.name}</div>
        <div style={{ display: 'flex', fontSize: 28, color: '#a8a29e' }}>
          {t('position', { jobTitle: profile.jobTitle, organization: profile.organization })}
        </div>
      </div>
    </div>,
    { ...cardSize, fonts: await loadFonts() },
  );
}

export type CardPage =
  | { kind: 'home' }
  | { kind: 'projects' }
  | { kind: 'technologies' }
  | { kind: 'resume' }
  | { kind: 'project'; slug: string }
  | { kind: 'technology'; slug: string };

async function cardFor(locale: Locale, page: CardPage): Promise<Card> {
  const t = await getTranslations({ locale, namespace: 'SocialCard' });
  const skills = getSkills(locale).map((skill) => skill.name);
  const title = async (namespace: 'ProjectsPage' | 'TechnologiesPage' | 'ResumePage') =>
    (await getTranslations({ locale, namespace }))('title');
  switch (page.kind) {
    case 'home':
      return { locale, eyebrow: t('portfolio'), title: getProfile(locale).jobTitle, tags: skills };
    case 'projects': {
      const stacks = getProjects(locale).flatMap((project) => project.stack.map((item) => item.name));
      return { locale, eyebrow: t('portfolio'), title: await title('ProjectsPage'), tags: [...new Set(stacks)] };
    }
    case 'technologies':
      return {
        locale,
        eyebrow: t('portfolio'),
        title: await title('TechnologiesPage'),
        tags: getTechnologies(locale).map((item) => item.name),
      };
    case 'resume':
      return { locale, eyebrow: t('portfolio'), title: await title('ResumePage'), tags: skills };
    case 'project': {
      const project = getProject(locale, page.slug);
      if (!project) notFound();
      return { locale, eyebrow: t('project'), title: project.title, tags: project.stack.map((item) => item.label) };
    }
    case 'technology': {
      const technology = getTechnology(locale, page.slug);
      if (!technology) notFound();
      return { locale, eyebrow: t('technology'), title: technology.name, tags: technology.projects.map((project) => project.title) };
    }
  }
}

/** The alt text of a page's card, in the page's language. */
export async function socialImageAlt(locale: Locale, page: CardPage): Promise<string> {
  const card = await cardFor(locale, page);
  const profile = getProfile(locale);
  const t = await getTranslations({ locale, namespace: 'SocialCard' });
  return t('alt', { title: card.title, name: profile.name, role: profile.jobTitle });
}

/**
 * What every `card.png` route answers: the page's card (lib/metadata.ts names it), rendered once
 * at build time and written as a .png file — hence each route's `dynamic = 'force-static'`,
 * which a static export needs of a route handler and which Next reads from the route's own file.
 */
export async function socialCard(locale: Locale, page: CardPage): Promise<ImageResponse> {
  return renderSocialCard(await cardFor(locale, page));
}
