import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CareerTimeline } from '@/components/career-timeline';
import { JsonLd } from '@/components/json-ld';
import { PersonName } from '@/components/person-name';
import { ProfileLinks } from '@/components/profile-links';
import { ProjectCard } from '@/components/project-card';
import { SitePage } from '@/components/site-page';
import { SkillList } from '@/components/skill-list';
import { getFeaturedProjects, getProfile, getSkills } from '@/lib/content';
import { otherLocale, resolveLocale } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/site';
import { socialImageAlt } from '@/lib/social-card';
import { profilePageJsonLd } from '@/lib/structured-data';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const profile = getProfile(locale);
  const title = `${profile.name} — ${profile.jobTitle}`;
  const metadata = pageMetadata({
    locale,
    path: '',
    title,
    description: profile.tagline,
    type: 'profile',
    imageAlt: await socialImageAlt(locale, { kind: 'home' }),
  });
  return { ...metadata, title: { absolute: title } };
}

/** A section's heading, and where there is more of it, a link to the page that has it all. */
function HomeSectionHeading({ id, title, more }: { id: string; title: string; more?: { href: string; label: string } }) {
  return (
    <div className="mb-5 flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {more && (
        <a href={more.href} className="font-semibold">
          {more.label} →
        </a>
      )}
    </div>
  );
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const profile = getProfile(locale);

  return (
    <SitePage locale={locale} path="" sources={['profile', 'projects', 'skills', 'experience', 'education']}>
      <div className="flex flex-col gap-16">
        <JsonLd data={profilePageJsonLd(locale, '', `${profile.name} — ${profile.jobTitle}`)} />
        {/* The person as an h-card (microformats2): the footer's card has the site's URL too. */}
        <section aria-labelledby="name" className="h-card flex flex-col gap-5">
          <p className="font-semibold text-accent">
            {t.rich('position', {
              jobTitle: profile.jobTitle,
              organization: profile.organization,
              title: (chunks) => <span className="p-job-title">{chunks}</span>,
              org: (chunks) => <span className="p-org">{chunks}</span>,
            })}
          </p>
          <div>
            <h1 id="name" className="text-4xl font-bold tracking-tight sm:text-5xl">
              <PersonName name={profile.name} lang={locale} reading={profile.nameReading} pageLocale={locale} />
            </h1>
            <p className="mt-2 text-muted">
              <span lang={otherLocale(locale)} className="p-name">
                {profile.alternateName}
              </span>
            </p>
          </div>
          <p className="p-note max-w-3xl text-lg">{profile.tagline}</p>
          <ProfileLinks locale={locale} />
        </section>

        <section aria-labelledby="highlights">
          <HomeSectionHeading id="highlights" title={t('highlights')} />
          <ul className="grid gap-4 md:grid-cols-3">
            {profile.highlights.map((highlight) => (
              <li key={highlight} className="rounded-xl border-l-4 border-accent bg-surface p-5 shadow-sm">
                {highlight}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="featured">
          <HomeSectionHeading
            id="featured"
            title={t('featured')}
            more={{ href: localePath(locale, '/projects'), label: t('allProjects') }}
          />
          <ul className="grid gap-5 md:grid-cols-2">
            {getFeaturedProjects(locale).map((project) => (
              <li key={project.slug}>
                <ProjectCard locale={locale} project={project} />
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="timeline">
          <HomeSectionHeading id="timeline" title={t('timeline')} />
          <CareerTimeline locale={locale} />
        </section>

        <section aria-labelledby="skills">
          <HomeSectionHeading
            id="skills"
            title={t('skills')}
            more={{ href: localePath(locale, '/technologies'), label: t('allTechnologies') }}
          />
          <SkillList locale={locale} skills={getSkills(locale)} />
        </section>
      </div>
    </SitePage>
  );
}
