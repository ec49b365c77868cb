import slugify from '@sindresorhus/slugify';

/** A technology as the content names it, without the brackets the CV puts around some (`(Rust)`). */
export function technologyName(name: string): string {
  return name.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
}

/**
 * The URL slug of a technology, the same in every locale: `C++` → `cpp`, `AWS CDK` → `aws-cdk`,
 * `(Rust)` → `rust`. Names that differ only in case or brackets share a slug, and so a page.
 */
export function technologySlug(name: string): string {
  return asciiSlug(technologyName(name));
}

/** Lower-case ASCII words joined by hyphens; '' for text without Latin letters or digits. */
export function asciiSlug(text: string): string {
  return slugify(text, {
    decamelize: false,
    customReplacements: [
      ['++', 'pp'],
      ['#', 'sharp'],
      ['.', ' '],
    ],
  });
}

/** Where the CV names a technology: a project's 利用技術 line, a project's text, or the skills. */
export type TechnologySource = 'stack' | 'text' | 'skills';

/**
 * A technology as one place of the CV names it: `label` as written (`(Rust)`), `name` without
 * brackets, its slug, and whether the CV hedges it (brackets), which counts as listed, not as used.
 * The only place technology slugs are made: content step, getters and pages read these.
 */
export function stackTechnology(label: string, source: TechnologySource) {
  const name = technologyName(label);
  return { label, name, slug: technologySlug(label), source, hedged: name !== label.trim() };
}
