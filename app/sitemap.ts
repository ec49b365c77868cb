import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getPagePaths, getProfile } from '@/lib/content';
import { absoluteUrl, languageAlternates, localePath } from '@/lib/site';

// A file like any other, also in the static export.
export const dynamic = 'force-static';

/** Every published page in both locales, each with its language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  // The CV carries one date, its last update; every page is drawn from it.
  const lastModified = getProfile(routing.defaultLocale).updated;
  return routing.locales.flatMap((locale) =>
    getPagePaths().map((path) => ({
      url: absoluteUrl(localePath(locale, path)),
      lastModified,
      alternates: {
        languages: Object.fromEntries(Object.entries(languageAlternates(path)).map(([language, href]) => [language, absoluteUrl(href)])),
      },
    })),
  );
}
