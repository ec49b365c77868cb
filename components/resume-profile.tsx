import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { otherLocale } from '@/lib/locale';
import { absoluteUrl, localePath } from '@/lib/site';
import { vCardPath } from '@/lib/vcard';
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
          <data className="p-name" value={profile.name}>
            {profile.name}
          </data>
          {profile.nameReading && t('nameReading', { reading: profile.nameReading })}
          {/* Its own line, as the CV gives 氏名 and name as two lines: no separator to choose. */}
          <span lang={otherLocale(locale)} className="p-name block">
            {profile.alternateName}
          </span>
        </>
      ),
    },
    {
      label: t('email'),
      value: (
        <a href={`mailto:${profile.email}`} className="u-email">
          {profile.email}
        </a>
      ),
    },
    {
      label: t('github'),
      value: (
        <ExternalLink locale={locale} href={profile.github.url} lang={profile.github.lang} rel="me noopener noreferrer" className="u-url">
          {profile.github.label}
        </ExternalLink>
      ),
    },
    { label: t('location'), value: <span className="p-locality">{profile.location}</span> },
    { label: t('hometown'), value: profile.hometown },
  ];
  return (
    <ResumeSection id="profile" title={t('profile')}>
      {/* The h-resume's contact (microformats2); the site's URL is the résumé's own. */}
      <div className="p-contact h-card">
        <data className="u-url" value={absoluteUrl(localePath(locale, ''))} />
        <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {rows.map(({ label, value }) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {/* The résumé's summary, as in its JSON Resume and Markdown twin: outside the h-card above and
          every nested microformat, so that microformats2 gives it to the h-resume itself. */}
      <p className="p-summary mt-4">{profile.tagline}</p>
      <p className="mt-4 print:hidden">
        <a href={vCardPath(locale)} type="text/vcard">
          {t('saveContact')}
        </a>
      </p>
    </ResumeSection>
  );
}
