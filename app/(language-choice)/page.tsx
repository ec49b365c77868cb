import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LOCALE_COOKIE, routing } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
import { PageScripts } from '@/components/page-scripts';
import { languageAlternates, localePath } from '@/lib/site';

export function generateMetadata(): Metadata {
  return {
    // The name in both scripts: the tab reads right whichever language the visitor picks.
    title: routing.locales.map((locale) => getProfile(locale).name).join(' · '),
    robots: { index: false, follow: true },
    alternates: { languages: languageAlternates('') },
  };
}

/**
 * `/` on a generic static host, where nothing can read the request: public/site.js picks the
 * saved choice (the locale cookie), else the browser's languages, else the default, from the
 * attributes below. Without JavaScript, a refresh to the default language (in the layout's
 * <head>) and a link to each.
 * CloudFront and `npm run serve` (infra/functions/viewer-request.js) redirect `/` before this
 * page is reached.
 */
export default async function LanguageChoicePage() {
  const choices = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'LanguageChoice' });
      return { locale, href: localePath(locale, ''), name: getProfile(locale).name, title: t('title'), link: t('link') };
    }),
  );
  return (
    <>
      <main
        data-choose-language={routing.locales.join(' ')}
        data-default-language={routing.defaultLocale}
        data-cookie={LOCALE_COOKIE.name}
        className="grid max-w-xl gap-8 text-center sm:grid-cols-2"
      >
        {choices.map(({ locale, href, name, title, link }) => (
          <section key={locale} lang={locale} className="grid gap-3">
            {locale === routing.defaultLocale ? (
              <h1 className="text-2xl font-bold">{name}</h1>
            ) : (
              <p className="text-2xl font-bold">{name}</p>
            )}
            <p className="text-muted">{title}</p>
            <a href={href} hrefLang={locale} className="font-semibold">
              {link}
            </a>
          </section>
        ))}
      </main>
      {/* It leaves at once: nothing to fetch ahead. */}
      <PageScripts speculation={false} />
    </>
  );
}
