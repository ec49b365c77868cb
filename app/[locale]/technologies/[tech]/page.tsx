import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { ProjectCard } from '@/components/project-card';
import { SitePage } from '@/components/site-page';
import { SkillStars } from '@/components/skill-list';
import { getTechnology, type StackEntry } from '@/lib/content';
import { generateTechnologyParams, resolveLocale } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/site';
import { socialImageAlt } from '@/lib/social-card';
import { technologyJsonLd } from '@/lib/structured-data';

type Props = PageProps<'/[locale]/technologies/[tech]'>;

export const dynamicParams = false;

export const generateStaticParams = generateTechnologyParams;

async function load(params: Props['params']) {
  const locale = await resolveLocale(params);
  const technology = getTechnology(locale, (await params).tech);
  if (!technology) notFound();
  return { locale, technology };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, technology } = await load(params);
  const t = await getTranslations({ locale, namespace: 'TechnologyPage' });
  return pageMetadata({
    locale,
    path: `/technologies/${technology.slug}`,
    title: technology.name,
    description: t('description', { name: technology.name, count: technology.used }),
    type: 'website',
    imageAlt: await socialImageAlt(locale, { kind: 'technology', slug: technology.slug }),
  });
}

/** One technology: the CV's rating, if any, and the projects that name it, each saying where. */
export default async function TechnologyPage({ params }: Props) {
  const { locale, technology } = await load(params);
  const t = await getTranslations({ locale, namespace: 'TechnologyPage' });
  // Where the CV names it, so that a reader can tell the 利用技術 line from the text, and a hedge from a use.
  const sourceNote = (entry: StackEntry) =>
    entry.source === 'text' ? t('fromText') : entry.hedged ? t('fromStackHedged', { label: entry.label }) : t('fromStack');
  return (
    <SitePage locale={locale} path={`/technologies/${technology.slug}`} sources={['projects', 'skills']}>
      <JsonLd data={technologyJsonLd(locale, technology)} />
      <a href={localePath(locale, '/technologies')} className="text-sm font-semibold">
        ← {t('backToTechnologies')}
      </a>
      <header className="mt-4 max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">{technology.name}</h1>
        <p className="mt-4 text-lg text-muted">{t('description', { name: technology.name, count: technology.used })}</p>
        {technology.level !== undefined && (
          <p className="mt-3 flex items-center gap-3">
            <span className="font-semibold">{t('skill')}</span>
            <SkillStars locale={locale} level={technology.level} />
          </p>
        )}
      </header>
      {technology.projects.length > 0 && (
        <section aria-labelledby="projects" className="mt-10">
          <h2 id="projects" className="mb-5 text-2xl font-bold">
            {t('projects', { name: technology.name })}
          </h2>
          <ul className="grid gap-5 md:grid-cols-2">
            {technology.projects.map((project) => (
              <li key={project.slug} className="flex flex-col gap-2">
                <ProjectCard locale={locale} project={project} />
                <p className="text-sm text-muted">{sourceNote(project.entry)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SitePage>
  );
}
