import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { FullDate } from './formatted-date';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteFooter' });
  const profile = getProfile(locale);
  return (
    <footer className="mt-20 border-t border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-5 py-8 text-sm text-muted">
        <p>{t.rich('updated', { date: () => <FullDate locale={locale} value={profile.updated} /> })}</p>
        <ul className="flex gap-4">
          <li>
            <a href={profile.github.url} rel="me noopener noreferrer">
              {t('github')}
            </a>
          </li>
          <li>
            <a href={`mailto:${profile.email}`}>{profile.email}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
