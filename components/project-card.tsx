import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ProjectSummary } from '@/lib/content';
import { DraftBadge } from './draft-badge';
import { DateRange } from './formatted-date';
import { TechList } from './tech-list';

type Props = { locale: Locale; project: ProjectSummary; headingLevel?: 'h2' | 'h3' };

/** A project in a list: the card is one link, named by the title; its technology chips link on their own. */
export async function ProjectCard({ locale, project, headingLevel = 'h3' }: Props) {
  const t = await getTranslations({ locale, namespace: 'ProjectCard' });
  const Heading = headingLevel;
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-xl border border-line bg-surface p-5 transition-colors focus-within:border-accent hover:border-accent">
      <Heading className="text-lg font-bold">
        <a href={project.url} className="text-fg no-underline after:absolute after:inset-0 after:rounded-xl">
          {project.title}
        </a>
        <DraftBadge locale={locale} draft={project.draft} />
      </Heading>
      {project.start && (
        <p className="text-sm text-muted">
          <DateRange locale={locale} start={project.start} end={project.end} />
        </p>
      )}
      {project.summary && <p className="text-[0.95rem] text-muted">{project.summary}</p>}
      {project.role && (
        <p className="text-sm">{t.rich('role', { role: project.role, label: (chunks) => <span className="text-muted">{chunks}</span> })}</p>
      )}
      <div className="mt-auto">
        <TechList locale={locale} items={project.stack} label={t('stack')} />
      </div>
    </article>
  );
}
