import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NamedProject } from '@/lib/content';

type Props = { locale: Locale; projects: NamedProject[]; id: string; headingLevel: 'h2' | 'h3' };

/**
 * The projects the CV names without a text, as names only: a fact a reader looks for (a Rust
 * market-data service), with nothing the CV does not say. Nothing at all when there are none.
 */
export async function OtherProjects({ locale, projects, id, headingLevel }: Props) {
  if (projects.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'OtherProjects' });
  const Heading = headingLevel;
  return (
    <section aria-labelledby={id} className="break-inside-avoid">
      <Heading id={id} className={headingLevel === 'h2' ? 'mb-4 text-2xl font-bold' : 'mb-3 text-xl font-bold'}>
        {t('title')}
      </Heading>
      <ul className="list-disc ps-6">
        {projects.map((project) => (
          <li key={project.title}>{project.title}</li>
        ))}
      </ul>
    </section>
  );
}
