import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DraftBadge } from '@/components/draft-badge';
import { JsonLd } from '@/components/json-ld';
import { NamedTopics } from '@/components/named-topics';
import { ProjectFacts } from '@/components/project-facts';
import { SitePage } from '@/components/site-page';
import { getProject, type ProjectSummary } from '@/lib/content';
import { generateProjectParams, resolveLocale } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/site';
import { socialImageAlt } from '@/lib/social-card';
import { projectJsonLd } from '@/lib/structured-data';

type Props = PageProps<'/[locale]/projects/[slug]'>;

// Unknown slugs are answered by the 404 page without rendering this route.
export const dynamicParams = false;

export const generateStaticParams = generateProjectParams;

async function load(params: Props['params']) {
  const locale = await resolveLocale(params);
  const project = getProject(locale, (await params).slug);
  if (!project) notFound();
  return { locale, project };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await load(params);
  return pageMetadata({
    locale,
    path: `/projects/${project.slug}`,
    title: project.title,
    description: project.summary ?? project.title,
    type: 'article',
    imageAlt: await socialImageAlt(locale, { kind: 'project', slug: project.slug }),
  });
}

function Neighbour({ project, label, align }: { project?: ProjectSummary; label: string; align: 'start' | 'end' }) {
  if (!project) return <div />;
  return (
    <a
      href={project.url}
      rel={align === 'start' ? 'prev' : 'next'}
      className={`flex flex-col rounded-xl border border-line p-4 no-underline hover:border-accent ${align === 'end' ? 'text-end' : ''}`}
    >
      <span className="text-sm text-muted">
        {align === 'start' ? '← ' : ''}
        {label}
        {align === 'end' ? ' →' : ''}
      </span>
      <span className="font-semibold text-fg">{project.title}</span>
    </a>
  );
}

export default async function ProjectPage({ params }: Props) {
  const { locale, project } = await load(params);
  const t = await getTranslations({ locale, namespace: 'ProjectPage' });

  return (
    <SitePage locale={locale} path={`/projects/${project.slug}`} sources={[`projects/${project.slug}`]}>
      <article>
        <JsonLd data={projectJsonLd(locale, project)} />
        <a href={localePath(locale, '/projects')} className="text-sm font-semibold print:hidden">
          ← {t('backToProjects')}
        </a>
        <header className="mt-4 max-w-3xl">
          <h1 className="text-3xl font-bold sm:text-4xl">
            {project.title}
            <DraftBadge locale={locale} draft={project.draft} />
          </h1>
          {project.summary && <p className="mt-4 text-lg text-muted">{project.summary}</p>}
        </header>

        <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <section
            aria-labelledby="facts"
            className="h-fit break-inside-avoid rounded-xl border border-line bg-surface p-5 lg:sticky lg:top-6 lg:order-last"
          >
            <h2 id="facts" className="mb-4 text-base font-bold">
              {t('facts')}
            </h2>
            <ProjectFacts locale={locale} project={project} labelledBy="facts" />
          </section>
          <div className="max-w-3xl">
            <div className="prose [&>h2:first-child]:mt-0" dangerouslySetInnerHTML={{ __html: project.html }} />
            <NamedTopics locale={locale} topics={project.namedTopics} id="named-topics" headingLevel="h2" />
          </div>
        </div>

        {(project.previous || project.next) && (
          <nav aria-label={t('pagination')} className="mt-16 grid gap-4 border-t border-line pt-8 sm:grid-cols-2 print:hidden">
            <Neighbour project={project.previous} label={t('previous')} align="start" />
            <Neighbour project={project.next} label={t('next')} align="end" />
          </nav>
        )}
      </article>
    </SitePage>
  );
}
