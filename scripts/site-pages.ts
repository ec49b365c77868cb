// One page of each type, taken from the built content (never a slug written here), for the
// scripts that look at or measure pages: screenshots and benchmarks.
import { routing } from '../i18n/routing';
import { getProject, getProjects, getTechnologies } from '../lib/content';
import type { PagePath } from '../lib/site';

/** Each page type once: the longest project page, the most used technology. */
export function sitePages(): { name: string; path: PagePath }[] {
  const locale = routing.defaultLocale;
  const [longest] = getProjects(locale)
    .map((project) => getProject(locale, project.slug))
    .sort((a, b) => (b?.html.length ?? 0) - (a?.html.length ?? 0));
  const [technology] = getTechnologies(locale);
  return [
    { name: 'home', path: '' },
    { name: 'projects', path: '/projects' },
    ...(longest ? [{ name: 'project', path: `/projects/${longest.slug}` as const }] : []),
    { name: 'technologies', path: '/technologies' },
    ...(technology ? [{ name: 'technology', path: `/technologies/${technology.slug}` as const }] : []),
    { name: 'résumé', path: '/resume' },
  ];
}
