import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DraftBadge } from '@/components/draft-badge';
import { JsonLd } from '@/components/json-ld';
import { DateRange, FullDate } from '@/components/formatted-date';
import { ProjectFacts } from '@/components/project-facts';
import { ResumeDownloads } from '@/components/resume-downloads';
import { SkillList } from '@/components/skill-list';
import {
  getCertifications,
  getEducation,
  getExperience,
  getInterests,
  getProfile,
  getResumeProjects,
  getSkills,
} from '@/lib/content';
import { otherLocale, resolveLocale, type LocaleParams } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { socialImageAlt } from '@/lib/social-card';
import { profilePageJsonLd } from '@/lib/structured-data';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  return pageMetadata({
    locale,
    path: '/resume',
    title: t('title'),
    description: getProfile(locale).tagline,
    type: 'profile',
    siteName: (await getTranslations({ locale, namespace: 'Metadata' }))('siteName'),
    imageAlt: await socialImageAlt(locale, { kind: 'resume' }),
  });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-line pt-8">
      <h2 id={id} className="mb-6 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The whole CV as one document, in the order of the 職務経歴書. */
export default async function ResumePage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = await getTranslations('ResumePage');
  const profile = getProfile(locale);
  const interests = getInterests(locale);
  const draftLabel = { '--draft-label': JSON.stringify((await getTranslations('DraftBadge'))('label')) };

  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-12">
      <JsonLd data={profilePageJsonLd(locale, '/resume', t('title'))} />
      <header>
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 text-muted">
          {t('lastUpdated')}: <FullDate value={profile.updated} />
        </p>
        <div className="mt-5">
          <ResumeDownloads locale={locale} />
        </div>
      </header>

      <Section id="profile" title={t('profile')}>
        <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold text-muted">{t('name')}</dt>
          <dd>
            {profile.name}
            {profile.nameReading && `（${profile.nameReading}）`}
            {' / '}
            <span lang={otherLocale(locale)}>{profile.alternateName}</span>
          </dd>
          <dt className="font-semibold text-muted">{t('email')}</dt>
          <dd>
            <a href={`mailto:${profile.email}`}>{profile.email}</a>
          </dd>
          <dt className="font-semibold text-muted">{t('github')}</dt>
          <dd>
            <a href={profile.github.url} rel="me noopener noreferrer">
              {profile.github.label}
            </a>
          </dd>
          <dt className="font-semibold text-muted">{t('location')}</dt>
          <dd>{profile.location}</dd>
          <dt className="font-semibold text-muted">{t('hometown')}</dt>
          <dd>{profile.hometown}</dd>
        </dl>
      </Section>

      <Section id="career" title={t('career')}>
        <ol className="flex flex-col gap-8">
          {getExperience(locale).map((job) => (
            <li key={job.slug}>
              <h3 className="flex flex-wrap items-baseline justify-between gap-x-4 text-xl font-bold">
                {job.organization}
                <span className="text-base font-normal text-muted">
                  <DateRange start={job.start} end={job.end} />
                </span>
              </h3>
              <ul className="mt-3 flex flex-col gap-2 border-l-2 border-line pl-4">
                {job.positions.map((position) => (
                  <li key={position.title}>
                    <p className="flex flex-wrap items-baseline justify-between gap-x-4">
                      <span>
                        <span className="font-semibold">{position.title}</span>
                        {position.level && <span className="text-muted"> ({position.level})</span>}
                      </span>
                      <span className="text-sm text-muted">
                        <DateRange start={position.start} end={position.end} />
                      </span>
                    </p>
                    {position.notes && (
                      <ul className="list-disc pl-5 text-[0.95rem]">
                        {position.notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="education" title={t('education')}>
        <ol className="flex flex-col gap-4">
          {getEducation(locale).map((school) => (
            <li key={school.slug} className="flex flex-wrap items-baseline justify-between gap-x-4">
              <span>
                <span className="font-semibold">{school.institution}</span> {school.program}
                {school.status && <span className="text-muted">{t('status', { status: school.status })}</span>}
              </span>
              <span className="text-sm text-muted">
                <DateRange start={school.start} end={school.end} />
              </span>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="projects" title={t('projects')}>
        <div className="flex flex-col gap-12">
          {getResumeProjects(locale).map((project) => (
            <section key={project.slug} aria-labelledby={`project-${project.slug}`} className="print:break-before-auto">
              <h3 id={`project-${project.slug}`} className="text-xl font-bold">
                <a href={project.url} className="text-fg">
                  {project.title}
                </a>
                <DraftBadge draft={project.draft} />
              </h3>
              <div className="mt-4 break-inside-avoid">
                <ProjectFacts project={project} layout="grid" />
              </div>
              <div className="prose prose-resume mt-4" style={draftLabel} dangerouslySetInnerHTML={{ __html: project.html }} />
            </section>
          ))}
        </div>
      </Section>

      <Section id="skills" title={t('skills')}>
        <SkillList skills={getSkills(locale)} />
      </Section>

      <Section id="certifications" title={t('certifications')}>
        <ul className="list-disc pl-5">
          {getCertifications(locale).map((certification) => (
            <li key={certification}>{certification}</li>
          ))}
        </ul>
        <p className="mt-4">
          <a href={profile.credly.url} rel="me noopener noreferrer">
            {t('credentials')}
          </a>
        </p>
      </Section>

      <Section id="interests" title={t('interests')}>
        <div className="grid gap-6 sm:grid-cols-2">
          {(['languages', 'development'] as const).map((group) => (
            <div key={group}>
              <h3 className="mb-2 font-bold">{t(group)}</h3>
              <ul className="list-disc pl-5">
                {interests[group].map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>
    </article>
  );
}
