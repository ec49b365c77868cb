import { getTranslations } from 'next-intl/server';
import { LOCALE_COOKIE, type Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { otherLocale } from '@/lib/locale';
import { localePath } from '@/lib/site';
import { LocaleLink } from './locale-link';
import { LocaleSwitch } from './locale-switch';
import { NavLink } from './nav-link';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const target = otherLocale(locale);
  const targetT = await getTranslations({ locale: target, namespace: 'LocaleSwitch' });
  const { name } = getProfile(locale);

  return (
    <header className="border-b border-line print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-surface focus:px-4 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      {/* Phones: name and language on the first row, navigation below; wider: one row. */}
      <div className="mx-auto grid max-w-5xl grid-cols-[1fr_auto] items-center gap-x-4 gap-y-2 px-5 py-3 sm:grid-cols-[1fr_auto_auto] sm:py-4">
        <LocaleLink href="" className="text-lg font-bold tracking-tight text-fg no-underline">
          {name}
        </LocaleLink>
        <nav aria-label={t('navigation')} className="col-span-2 row-start-2 -ml-2 sm:col-span-1 sm:col-start-2 sm:row-start-1 sm:ml-0">
            <ul className="flex items-center gap-1 text-[0.95rem]">
              <li>
                <NavLink href={localePath(locale, '')}>{t('home')}</NavLink>
              </li>
              <li>
                <NavLink href={localePath(locale, '/projects')} section>
                  {t('projects')}
                </NavLink>
              </li>
              <li>
                <NavLink href={localePath(locale, '/resume')}>{t('resume')}</NavLink>
              </li>
            </ul>
        </nav>
        <div className="col-start-2 row-start-1 sm:col-start-3">
          <LocaleSwitch locale={target} label={targetT('name')} description={targetT('switchTo')} cookie={LOCALE_COOKIE} />
        </div>
      </div>
    </header>
  );
}
