import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getCertifications, getProfile } from '@/lib/content';
import { ExternalLink } from './external-link';
import { ResumeSection } from './resume-section';

export async function ResumeCertifications({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  const { credly } = getProfile(locale);
  return (
    <ResumeSection id="certifications" title={t('certifications')}>
      <div className="break-inside-avoid">
        <ul className="list-disc pl-5">
          {getCertifications(locale).map((certification) => (
            <li key={certification}>{certification}</li>
          ))}
        </ul>
        <p className="mt-4">
          <ExternalLink locale={locale} href={credly.url} lang={credly.lang} rel="me noopener noreferrer">
            {t('credentials')}
          </ExternalLink>
        </p>
      </div>
    </ResumeSection>
  );
}
