import { routing, type Locale } from '@/i18n/routing';
import { getProfile } from './content';
import { absoluteUrl, localePath } from './site';

/** A name split as address books store it; `family` is empty where the profile gives no split. */
export type NameParts = { family: string; given: string };

/**
 * The person as address books and microformats read them (vCard, h-card), from the profile:
 * the name in this locale's script and in the other, each split into family and given name, and
 * the kana reading of the Japanese name.
 */
export type Identity = {
  name: string;
  nameParts: NameParts;
  alternateName: string;
  alternateNameParts: NameParts;
  /** The language of `alternateName`. */
  alternateLocale: Locale;
  /** The reading of whichever name is written in kanji, split the same way, and that name's locale. */
  reading?: NameParts & { full: string; locale: Locale };
  jobTitle: string;
  organization: string;
  locality: string;
  email: string;
  /** The site's home page in this locale. */
  url: string;
  github: string;
};

/** `familyName` is the start (Japanese order) or the end (Western order) of `name`. */
function split(name: string, familyName: string | undefined): NameParts & { familyFirst: boolean } {
  if (familyName && name.startsWith(familyName))
    return { family: familyName, given: name.slice(familyName.length).trim(), familyFirst: true };
  if (familyName && name.endsWith(familyName))
    return { family: familyName, given: name.slice(0, -familyName.length).trim(), familyFirst: false };
  return { family: '', given: name, familyFirst: false };
}

/** The kana reading, written like its name (family first in Japanese): the parts apart by a space. */
function readingOf(locale: Locale) {
  const profile = getProfile(locale);
  if (!profile.nameReading) return undefined;
  const { familyFirst } = split(profile.name, profile.familyName);
  const [first = '', ...rest] = profile.nameReading.split(/\s+/);
  const second = rest.join(' ');
  const parts =
    second === '' ? { family: '', given: first } : familyFirst ? { family: first, given: second } : { family: second, given: first };
  return { ...parts, full: profile.nameReading, locale };
}

export function getIdentity(locale: Locale): Identity {
  const profile = getProfile(locale);
  const alternateLocale = routing.locales.find((other) => getProfile(other).name === profile.alternateName) ?? locale;
  const alternate = getProfile(alternateLocale);
  const reading = routing.locales.map(readingOf).find((found) => found !== undefined);
  const { family, given } = split(profile.name, profile.familyName);
  const alternateParts = split(profile.alternateName, alternate.familyName);
  return {
    name: profile.name,
    nameParts: { family, given },
    alternateName: profile.alternateName,
    alternateNameParts: { family: alternateParts.family, given: alternateParts.given },
    alternateLocale,
    reading,
    jobTitle: profile.jobTitle,
    organization: profile.organization,
    locality: profile.location,
    email: profile.email,
    url: absoluteUrl(localePath(locale, '')),
    github: profile.github.url,
  };
}
