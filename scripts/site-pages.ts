// One page of each type, taken from the built content (never a slug written here), for the
// scripts that look at or measure pages: screenshots and benchmarks.
import { readFileSync } from 'node:fs';

type Generated = { slug: string; locale: string; html?: string; technologies?: { slug: string }[] };

function generated(type: string): Generated[] {
  return JSON.parse(readFileSync(`.contentlayer/generated/${type}/_index.json`, 'utf8'));
}

/** Each page type once: the longest project page, the most used technology. */
export function sitePages(): { name: string; path: string }[] {
  const projects = generated('Project').filter((project) => project.locale === 'ja');
  const longest = [...projects].sort((a, b) => (b.html?.length ?? 0) - (a.html?.length ?? 0))[0];
  const counts = new Map<string, number>();
  for (const project of projects) for (const { slug } of project.technologies ?? []) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const technology = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return [
    { name: 'home', path: '' },
    { name: 'projects', path: '/projects' },
    ...(longest ? [{ name: 'project', path: `/projects/${longest.slug}` }] : []),
    { name: 'technologies', path: '/technologies' },
    ...(technology ? [{ name: 'technology', path: `/technologies/${technology}` }] : []),
    { name: 'résumé', path: '/resume' },
  ];
}
