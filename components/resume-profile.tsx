import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { otherLocale } from '@/lib/locale';
import { ExternalLink } from './external-link';
import { ResumeSection } from './resume-section';

export async function ResumeProfile({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  const profile = getProfile(locale);
  const rows = [
    {
      label: t('name'),
      value: (
        <>
          {profile.name}
          {profile.nameReading && t('nameReading', { reading: profile.nameReading })}
          {/* Its own line, as the CV gives 氏名 and name as two lines: no separator to choose. */}
          <span lang={otherLocale(locale)} className="block">
            {profile.alternateName}
          </span>
        </>
      ),
    },
    { label: t('email'), value: <a href={`mailto:${profile.email}`}>{profile.email}</a> },
    {
      label: t('github'),
      value: (
        <ExternalLink locale={locale} href={profile.github.url} lang={profile.github.lang} rel="me noopener noreferrer">
          {profile.github.label}
        </ExternalLink>
      ),
    },
    { label: t('location'), value: profile.location },
    { label: t('hometown'), value: profile.hometown },
  ];
  return (
    <ResumeSection id="profile" title={t('profile')}>
      <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {rows.map(({ label, value }) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
