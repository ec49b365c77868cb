import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { otherLocale } from '@/lib/locale';
import { localePath, type PagePath } from '@/lib/site';
import { LocaleSwitch } from './locale-switch';

type Props = { locale: Locale; path: PagePath };

/** The page's place in the site, known at build time: `page` for the page, `true` for its section. */
function currentness(path: PagePath, target: PagePath, section: boolean): 'page' | 'true' | undefined {
  if (path === target) return 'page';
  return section && path.startsWith(`${target}/`) ? 'true' : undefined;
}

export async function SiteHeader({ locale, path }: Props) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const { name } = getProfile(locale);
  const items: { target: PagePath; label: string; section: boolean }[] = [
    { target: '', label: t('home'), section: false },
    { target: '/projects', label: t('projects'), section: true },
    { target: '/technologies', label: t('technologies'), section: true },
    { target: '/resume', label: t('resume'), section: false },
  ];

  return (
    <header className="border-b border-line print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-10 focus:rounded focus:bg-surface focus:px-4 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      {/* Phones: name and language on the first row, navigation below; wider: one row. */}
      <div className="mx-auto grid max-w-5xl grid-cols-[1fr_auto] items-center gap-x-4 gap-y-2 px-5 py-3 sm:grid-cols-[1fr_auto_auto] sm:py-4">
        <a href={localePath(locale, '')} className="text-lg font-bold tracking-tight text-fg no-underline">
          {name}
        </a>
        <nav aria-label={t('navigation')} className="col-span-2 row-start-2 -ml-1.5 sm:col-span-1 sm:col-start-2 sm:row-start-1 sm:ml-0">
          <ul className="flex flex-wrap items-center text-sm sm:gap-x-1 sm:text-[0.95rem]">
            {items.map(({ target, label, section }) => (
              <li key={target}>
                <a
                  href={localePath(locale, target)}
                  aria-current={currentness(path, target, section)}
                  className="rounded px-1.5 py-1 text-muted sm:px-2 no-underline hover:text-fg aria-[current]:font-semibold aria-[current]:text-fg aria-[current]:underline aria-[current]:decoration-accent aria-[current]:decoration-2 aria-[current]:underline-offset-8"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="col-start-2 row-start-1 sm:col-start-3">
          <LocaleSwitch locale={otherLocale(locale)} path={path} />
        </div>
      </div>
    </header>
  );
}
