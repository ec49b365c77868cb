import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OtherProjects } from '@/components/other-projects';
import { ProjectCard } from '@/components/project-card';
import { SitePage } from '@/components/site-page';
import { getNamedProjects, getProjects } from '@/lib/content';
import { resolveLocale } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { socialImageAlt } from '@/lib/social-card';

export async function generateMetadata({ params }: PageProps<'/[locale]/projects'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ProjectsPage' });
  return pageMetadata({
    locale,
    path: '/projects',
    title: t('title'),
    description: t('description'),
    type: 'website',
    imageAlt: await socialImageAlt(locale, { kind: 'projects' }),
  });
}

export default async function ProjectsPage({ params }: PageProps<'/[locale]/projects'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ProjectsPage' });
  return (
    <SitePage locale={locale} path="/projects" sources={['projects']}>
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-muted">{t('description')}</p>
      <ul className="mt-10 grid gap-5 md:grid-cols-2">
        {getProjects(locale).map((project) => (
          <li key={project.slug}>
            <ProjectCard locale={locale} project={project} headingLevel="h2" />
          </li>
        ))}
      </ul>
      <div className="mt-12">
        <OtherProjects locale={locale} projects={getNamedProjects(locale)} id="other-projects" headingLevel="h2" />
      </div>
    </SitePage>
  );
}
