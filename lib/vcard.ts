import ICAL from 'ical.js';
import type { Locale } from '@/i18n/routing';
import { getIdentity, type NameParts } from './identity';

/** Where each locale's contact card is served (a `.vcf`: every host knows the type). */
export function vCardPath(locale: Locale): string {
  return `/${locale}/contact.vcf`;
}

const structuredName = ({ family, given }: NameParts) => [family, given, '', '', ''];

/**
 * The person as an RFC 6350 vCard, in one locale: the name in this locale's script first, the
 * other script as its alternative (ALTID), and the kana reading the way phones store it
 * (X-PHONETIC-* for iOS and Android, SORT-AS for RFC 6350 address books). ical.js writes it, so
 * escaping, line folding and CRLFs are a maintained library's.
 */
export function toVCard(locale: Locale): string {
  const person = getIdentity(locale);
  const card = new ICAL.Component(['vcard', [], []]);
  card.addPropertyWithValue('version', '4.0');
  const names: [string, NameParts, Locale][] = [
    [person.name, person.nameParts, locale],
    [person.alternateName, person.alternateNameParts, person.alternateLocale],
  ];
  for (const [name, , language] of names) {
    const fn = card.addPropertyWithValue('fn', name);
    fn.setParameter('altid', '1');
    fn.setParameter('language', language);
  }
  for (const [, parts, language] of names) {
    const n = new ICAL.Property('n');
    n.setValue(structuredName(parts));
    n.setParameter('altid', '1');
    n.setParameter('language', language);
    // The reading sorts the name it reads (the kanji one); a Latin name sorts by its own letters.
    if (person.reading?.locale === language)
      n.setParameter('sort-as', [person.reading.family, person.reading.given].filter(Boolean).join(','));
    card.addProperty(n);
  }
  if (person.reading) {
    if (person.reading.family) card.addPropertyWithValue('x-phonetic-last-name', person.reading.family);
    card.addPropertyWithValue('x-phonetic-first-name', person.reading.given);
  }
  card.addPropertyWithValue('email', person.email);
  card.addPropertyWithValue('url', person.url);
  card.addPropertyWithValue('url', person.github);
  card.addPropertyWithValue('org', [person.organization]);
  card.addPropertyWithValue('title', person.jobTitle);
  return `${card.toString()}\r\n`;
}
