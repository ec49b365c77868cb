import { getTranslations } from 'next-intl/server';
import type { ProjectSummary } from '@/lib/content';
import { DraftBadge } from './draft-badge';
import { DateRange } from './formatted-date';
import { TechList } from './tech-list';

/** A project in a list: the whole card is one link, named by the title. */
export async function ProjectCard({ project, headingLevel = 'h3' }: { project: ProjectSummary; headingLevel?: 'h2' | 'h3' }) {
  const t = await getTranslations('ProjectCard');
  const Heading = headingLevel;
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-xl border border-line bg-surface p-5 transition-colors focus-within:border-accent hover:border-accent">
      <Heading className="text-lg font-bold">
        <a
          href={project.url}
          className="text-fg no-underline after:absolute after:inset-0 after:rounded-xl"
        >
          {project.title}
        </a>
        <DraftBadge draft={project.draft} />
      </Heading>
      {project.start && (
        <p className="text-sm text-muted">
          <DateRange start={project.start} end={project.end} />
        </p>
      )}
      {project.summary && <p className="text-[0.95rem] text-muted">{project.summary}</p>}
      {project.role && (
        <p className="text-sm">
          <span className="text-muted">{t('role')}: </span>
          {project.role}
        </p>
      )}
      <div className="mt-auto">
        <TechList items={project.stack} label={t('stack')} />
      </div>
    </article>
  );
}
