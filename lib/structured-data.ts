import type { CollectionPage, CreativeWork, Person, ProfilePage, WithContext } from 'schema-dts';
import type { Locale } from '@/i18n/routing';
import { getCertifications, getEducation, getProfile, getSkills, type ProjectDetail, type Technology } from './content';
import { absoluteUrl, localePath, type PagePath } from './site';

/** One id for the person across pages and languages, so crawlers merge what they read. */
const personId = absoluteUrl('/#person');

/** The person as the CV describes them, in one locale. */
export function personJsonLd(locale: Locale): Person {
  const profile = getProfile(locale);
  const institutions = [...new Set(getEducation(locale).map((school) => school.institution))];
  return {
    '@type': 'Person',
    '@id': personId,
    name: profile.name,
    alternateName: [profile.alternateName, ...(profile.nameReading ? [profile.nameReading] : [])],
    url: absoluteUrl(localePath(locale, '')),
    email: `mailto:${profile.email}`,
    jobTitle: profile.jobTitle,
    worksFor: { '@type': 'Organization', name: profile.organization },
    alumniOf: institutions.map((name) => ({ '@type': 'CollegeOrUniversity', name })),
    sameAs: [profile.github.url, profile.credly.url],
    knowsAbout: getSkills(locale).map((skill) => skill.name),
    hasCredential: getCertifications(locale).map((name) => ({
      '@type': 'EducationalOccupationalCredential',
      name,
      credentialCategory: 'certification',
    })),
  };
}

/** Home and résumé: a profile page whose main entity is the person. */
export function profilePageJsonLd(locale: Locale, path: PagePath, name: string): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    name,
    url: absoluteUrl(localePath(locale, path)),
    inLanguage: locale,
    dateModified: getProfile(locale).updated.slice(0, 10),
    mainEntity: personJsonLd(locale),
  };
}

/**
 * A project page: a creative work the person contributed to, in the role the CV gives (担当).
 * Not its `author`: the CV's projects are team work (チーム規模), so sole authorship would be
 * a claim the CV does not make.
 */
export function projectJsonLd(locale: Locale, project: ProjectDetail): WithContext<CreativeWork> {
  const person: Person = { '@type': 'Person', '@id': personId, name: getProfile(locale).name };
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: project.title,
    ...(project.summary ? { description: project.summary } : {}),
    url: absoluteUrl(project.url),
    inLanguage: locale,
    ...(project.stack.length > 0 ? { keywords: project.stack.map((item) => item.label).join(', ') } : {}),
    ...(project.service ? { genre: project.service } : {}),
    contributor: project.role ? { '@type': 'Role', roleName: project.role, contributor: person } : person,
    ...(project.links.length > 0
      ? {
          subjectOf: project.links.map((link) => ({
            '@type': 'WebPage',
            name: link.label,
            url: link.url,
            ...(link.lang ? { inLanguage: link.lang } : {}),
          })),
        }
      : {}),
  };
}

/** The technologies page: a collection of one page per technology. */
export function technologiesJsonLd(locale: Locale, name: string, technologies: Technology[]): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    url: absoluteUrl(localePath(locale, '/technologies')),
    inLanguage: locale,
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: technologies.map((technology, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: technology.name,
        url: absoluteUrl(localePath(locale, `/technologies/${technology.slug}`)),
      })),
    },
  };
}

/** A technology's page: the projects of the person's that use it. */
export function technologyJsonLd(locale: Locale, technology: Technology): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: technology.name,
    url: absoluteUrl(localePath(locale, `/technologies/${technology.slug}`)),
    inLanguage: locale,
    about: { '@type': 'DefinedTerm', name: technology.name },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: technology.projects.map((project, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: project.title,
        url: absoluteUrl(project.url),
      })),
    },
  };
}
