import { createTranslator } from 'next-intl';
import type { Locale } from '../i18n/routing';
import en from '../messages/en.json' with { type: 'json' };
import ja from '../messages/ja.json' with { type: 'json' };

export const messages = { ja, en } satisfies Record<Locale, typeof ja>;

/**
 * Translations outside a request (JSON exports, build scripts): the same messages that
 * i18n/request.ts hands to pages.
 */
export function translator<Namespace extends keyof typeof ja>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}

/**
 * The note after a link into a page in another language — "(Japanese)", "（英語）" — the one
 * wording for components (components/external-link.tsx) and Markdown bodies alike.
 */
export function languageNote(locale: Locale, language: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  return translator(locale, 'LinkLanguage')('note', { language: name });
}
