import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getNamedProjects, getResumeProjects } from '@/lib/content';
import { DraftBadge } from './draft-badge';
import { NamedTopics } from './named-topics';
import { OtherProjects } from './other-projects';
import { ProjectFacts } from './project-facts';
import { ResumeSection } from './resume-section';

export async function ResumeProjects({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  const projects = getResumeProjects(locale);
  const named = getNamedProjects(locale);
  // The names stand where the CV lists them: before the first project that comes after them.
  const namedAt = named[0] ? projects.findIndex((project) => project.order > (named[0]?.order ?? 0)) : -1;
  const otherProjects = <OtherProjects key="other-projects" locale={locale} projects={named} id="other-projects" headingLevel="h3" />;
  return (
    <ResumeSection id="projects" title={t('projects')}>
      {/* Blocks, not flex items, on paper: Chromium moves a flex item that does not fit to the next page whole. */}
      <div className="flex flex-col gap-12 print:block print:space-y-8">
        {projects.flatMap((project, index) => [
          ...(index === namedAt ? [otherProjects] : []),
          <section key={project.slug} aria-labelledby={`project-${project.slug}`}>
            <h3 id={`project-${project.slug}`} className="text-xl font-bold break-after-avoid">
              <a href={project.url} className="text-fg">
                {project.title}
              </a>
              <DraftBadge locale={locale} draft={project.draft} />
            </h3>
            <div className="mt-4 break-inside-avoid">
              <ProjectFacts locale={locale} project={project} layout="grid" />
            </div>
            <div className="prose prose-resume mt-4" dangerouslySetInnerHTML={{ __html: project.html }} />
            <NamedTopics locale={locale} topics={project.namedTopics} id={`${project.slug}-named-topics`} headingLevel="h4" />
          </section>,
        ])}
        {namedAt === -1 && otherProjects}
      </div>
    </ResumeSection>
  );
}
