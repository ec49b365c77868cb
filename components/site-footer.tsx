import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { otherLocale } from '@/lib/locale';
import { localePath } from '@/lib/site';
import { FullDate } from './formatted-date';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const profile = getProfile(locale);
  return (
    <footer className="mt-20 border-t border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-5 py-8 text-sm text-muted">
        <p>{t.rich('updated', { date: () => <FullDate locale={locale} value={profile.updated} /> })}</p>
        {/* The page's author as an h-card (microformats2), on every page: what address books and parsers read. */}
        <address className="h-card flex flex-wrap items-center gap-x-4 gap-y-2 not-italic">
          <p>
            <a href={localePath(locale, '')} className="p-name u-url u-uid">
              {profile.name}
            </a>{' '}
            (
            <span lang={otherLocale(locale)} className="p-name">
              {profile.alternateName}
            </span>
            ) · <span className="p-job-title">{profile.jobTitle}</span> · <span className="p-org">{profile.organization}</span> ·{' '}
            <span className="p-locality">{profile.location}</span>
          </p>
          <ul className="flex gap-4">
            <li>
              <a href={profile.github.url} rel="me noopener noreferrer" className="u-url">
                {t('github')}
              </a>
            </li>
            <li>
              <a href={`mailto:${profile.email}`} className="u-email">
                {profile.email}
              </a>
            </li>
          </ul>
        </address>
      </div>
    </footer>
  );
}
