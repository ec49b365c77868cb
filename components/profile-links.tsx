import { getTranslations } from 'next-intl/server';
import { LocaleLink } from './locale-link';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';

const pill = 'inline-flex items-center gap-2 rounded-full border px-4 py-1.5 text-sm font-semibold no-underline';
const secondary = `${pill} border-line bg-surface text-fg hover:border-accent hover:text-accent`;

export async function ProfileLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ProfileLinks' });
  const profile = getProfile(locale);
  return (
    <ul aria-label={t('label')} className="flex flex-wrap gap-2">
      <li>
        <LocaleLink href="/resume" className={`${pill} border-accent bg-accent text-bg hover:opacity-90`}>
          {t('resume')}
        </LocaleLink>
      </li>
      <li>
        <a href={profile.github.url} rel="me noopener noreferrer" className={secondary}>
          {t('github')} <span className="font-normal text-muted">{profile.github.label}</span>
        </a>
      </li>
      <li>
        <a href={`mailto:${profile.email}`} className={secondary}>
          {t('email')}
        </a>
      </li>
      <li>
        <a href={profile.credly.url} rel="me noopener noreferrer" className={secondary}>
          {t('credly')}
        </a>
      </li>
    </ul>
  );
}
