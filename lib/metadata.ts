import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { getProfile } from './content';
import { otherLocale } from './locale';
import { markdownPath } from './markdown-pages';
import { languageAlternates, localePath, type PagePath } from './site';

/** Social cards: the size X, LinkedIn and Slack render large. */
export const cardSize = { width: 1200, height: 630 };

/** A page's social card: a `.png` file beside it, so that any static host sends it as image/png. */
export function socialCardPath(locale: Locale, path: PagePath): string {
  return `${localePath(locale, path)}/card.png`;
}

/** Open Graph wants territory-qualified locales. */
const OG_LOCALES: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

type PageMetadataInput = {
  locale: Locale;
  path: PagePath;
  title: string;
  description: string;
  type: 'profile' | 'article' | 'website';
  /** Alt text of the page's social card. */
  imageAlt: string;
};

/**
 * Canonical, hreflang alternates, Open Graph and Twitter tags for one page in one locale. The
 * card is the page's prerendered `card.png` (lib/social-card.tsx), named here so that its alt text can be in
 * the page's language. Relative URLs resolve against `metadataBase` (the site URL).
 */
export function pageMetadata({ locale, path, title, description, type, imageAlt }: PageMetadataInput): Metadata {
  const url = localePath(locale, path);
  const image = { url: socialCardPath(locale, path), ...cardSize, alt: imageAlt, type: 'image/png' };
  return {
    title,
    description,
    // The page's Markdown twin, for tools that read text: <link rel="alternate" type="text/markdown">.
    alternates: { canonical: url, languages: languageAlternates(path), types: { 'text/markdown': markdownPath(locale, path) } },
    openGraph: {
      type,
      url,
      title,
      description,
      // The site is the person's: its name is theirs, in the page's language.
      siteName: getProfile(locale).name,
      locale: OG_LOCALES[locale],
      alternateLocale: [OG_LOCALES[otherLocale(locale)]],
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
