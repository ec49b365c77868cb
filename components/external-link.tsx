import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { languageNote } from '@/lib/messages';

type Props = {
  /** The page the link is on. */
  locale: Locale;
  href: string;
  /** The language of the linked page, where it has only one. */
  lang?: string;
  rel?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A link off the site. One into a page in another language says so, to the eye — "(Japanese)"
 * — and to the browser (`hreflang`); Markdown bodies do the same (lib/markdown.ts).
 */
export function ExternalLink({ locale, href, lang, rel = 'noopener noreferrer', className, children }: Props) {
  const foreign = lang !== undefined && lang !== locale;
  return (
    <a href={href} rel={rel} hrefLang={foreign ? lang : undefined} className={className}>
      {children}
      {foreign && <span>{languageNote(locale, lang)}</span>}
    </a>
  );
}
