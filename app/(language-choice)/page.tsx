import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LOCALE_COOKIE, routing } from '@/i18n/routing';
import { getProfile } from '@/lib/content';
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
 * `/` on a static host, where no server can read the request: the saved choice (the locale
 * cookie), else the browser's languages, else the default, picked by a script before anything
 * paints. Without JavaScript, a refresh to the default language and a link to each. A server
 * (proxy.ts) or CloudFront (infra/) redirects `/` before this page is reached.
 */
const chooseScript = `(function(){var s=${JSON.stringify(routing.locales)},c=document.cookie.match(/(?:^|;\\s*)${LOCALE_COOKIE.name}=([^;]*)/),l=c&&s.indexOf(c[1])>=0?c[1]:null,n=navigator.languages||[navigator.language];for(var i=0;!l&&i<n.length;i++){var t=String(n[i]).toLowerCase().split('-')[0];if(s.indexOf(t)>=0)l=t}location.replace('/'+(l||${JSON.stringify(routing.defaultLocale)}))})()`;

export default async function LanguageChoicePage() {
  const choices = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'LanguageChoice' });
      return { locale, href: localePath(locale, ''), name: getProfile(locale).name, title: t('title'), link: t('link') };
    }),
  );
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: chooseScript }} />
      <noscript>
        <meta httpEquiv="refresh" content={`0; url=${localePath(routing.defaultLocale, '')}`} />
      </noscript>
      <main className="grid max-w-xl gap-8 text-center sm:grid-cols-2">
        {choices.map(({ locale, href, name, title, link }) => (
          <section key={locale} lang={locale} className="grid gap-3">
            {locale === routing.defaultLocale ? <h1 className="text-2xl font-bold">{name}</h1> : <p className="text-2xl font-bold">{name}</p>}
            <p className="text-muted">{title}</p>
            <a href={href} hrefLang={locale} className="font-semibold">
              {link}
            </a>
          </section>
        ))}
      </main>
    </>
  );
}
