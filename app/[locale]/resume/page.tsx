import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CareerTimeline } from '@/components/career-timeline';
import { FullDate } from '@/components/formatted-date';
import { JsonLd } from '@/components/json-ld';
import { ResumeCareer } from '@/components/resume-career';
import { ResumeCertifications } from '@/components/resume-certifications';
import { ResumeDownloads } from '@/components/resume-downloads';
import { ResumeEducation } from '@/components/resume-education';
import { ResumeInterests } from '@/components/resume-interests';
import { ResumeOnlineCopy } from '@/components/resume-online-copy';
import { ResumeProfile } from '@/components/resume-profile';
import { ResumeProjects } from '@/components/resume-projects';
import { ResumeSection } from '@/components/resume-section';
import { SitePage } from '@/components/site-page';
import { SkillList } from '@/components/skill-list';
import { getProfile, getSkills } from '@/lib/content';
import { resolveLocale } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { socialImageAlt } from '@/lib/social-card';
import { profilePageJsonLd } from '@/lib/structured-data';

export async function generateMetadata({ params }: PageProps<'/[locale]/resume'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  return pageMetadata({
    locale,
    path: '/resume',
    title: t('title'),
    description: getProfile(locale).tagline,
    type: 'profile',
    imageAlt: await socialImageAlt(locale, { kind: 'resume' }),
  });
}

/** The whole CV as one document, in the order of the 職務経歴書. */
export default async function ResumePage({ params }: PageProps<'/[locale]/resume'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  const profile = getProfile(locale);

  return (
    <SitePage locale={locale} path="/resume">
      {/* The résumé as an h-resume (microformats2): its contact, experience, education and skills are marked where they are shown. */}
      <article className="h-resume mx-auto flex max-w-3xl flex-col gap-12 print:block print:space-y-8">
        <JsonLd data={profilePageJsonLd(locale, '/resume', t('title'))} />
        <header className="flex flex-wrap items-start justify-between gap-6">
          <div>
            <h1 className="p-name text-3xl font-bold sm:text-4xl">{t('title')}</h1>
            <p className="mt-3 text-muted">{t.rich('lastUpdated', { date: () => <FullDate locale={locale} value={profile.updated} /> })}</p>
            <div className="mt-5">
              <ResumeDownloads locale={locale} />
            </div>
          </div>
          <ResumeOnlineCopy locale={locale} />
        </header>
        <ResumeProfile locale={locale} />
        <ResumeSection id="timeline" title={t('timeline')}>
          <CareerTimeline locale={locale} />
        </ResumeSection>
        <ResumeCareer locale={locale} />
        <ResumeEducation locale={locale} />
        <ResumeProjects locale={locale} />
        <ResumeSection id="skills" title={t('skills')}>
          <SkillList locale={locale} skills={getSkills(locale)} />
        </ResumeSection>
        <ResumeCertifications locale={locale} />
        <ResumeInterests locale={locale} />
      </article>
    </SitePage>
  );
}
