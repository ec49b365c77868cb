import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { localePath } from '@/lib/site';
import { vCardPath } from '@/lib/vcard';
import { ExternalLink } from './external-link';

const pill = 'inline-flex items-center gap-2 rounded-full border px-4 py-1.5 text-sm font-semibold no-underline';
const secondary = `${pill} border-line bg-surface text-fg hover:border-accent hover:text-accent`;

export async function ProfileLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ProfileLinks' });
  const profile = getProfile(locale);
  return (
    <ul aria-label={t('label')} className="flex flex-wrap gap-2">
      <li>
        <a href={localePath(locale, '/resume')} className={`${pill} border-accent bg-accent text-bg hover:opacity-90`}>
          {t('resume')}
        </a>
      </li>
      <li>
        <ExternalLink
          locale={locale}
          href={profile.github.url}
          lang={profile.github.lang}
          rel="me noopener noreferrer"
          className={`${secondary} u-url`}
        >
          {t('github')} <span className="font-normal text-muted">{profile.github.label}</span>
        </ExternalLink>
      </li>
      <li>
        <a href={`mailto:${profile.email}`} className={`${secondary} u-email`}>
          {t('email')}
        </a>
      </li>
      <li>
        <a href={vCardPath(locale)} type="text/vcard" className={secondary}>
          {t('contact')}
        </a>
      </li>
      <li>
        <ExternalLink
          locale={locale}
          href={profile.credly.url}
          lang={profile.credly.lang}
          rel="me noopener noreferrer"
          className={secondary}
        >
          {t('credly')}
        </ExternalLink>
      </li>
    </ul>
  );
}
