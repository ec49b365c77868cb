import { getTranslations } from 'next-intl/server';
import type { ProjectFields } from '@/lib/content';
import { DateRange } from './formatted-date';
import { TechList } from './tech-list';

/** The context block of a project: only the facts the CV gives are listed. */
type Facts = Pick<ProjectFields, 'start' | 'end' | 'company' | 'service' | 'teamSize' | 'role' | 'stack' | 'links'>;

type Props = { project: Facts; labelledBy?: string; layout?: 'stack' | 'grid' };

export async function ProjectFacts({ project, labelledBy, layout = 'stack' }: Props) {
  const t = await getTranslations('ProjectFacts');
  const rows = [
    { key: 'period', label: t('period'), value: project.start && <DateRange start={project.start} end={project.end} /> },
    { key: 'company', label: t('company'), value: project.company },
    { key: 'service', label: t('service'), value: project.service },
    { key: 'teamSize', label: t('teamSize'), value: project.teamSize && t('teamSizeValue', { count: project.teamSize }) },
    { key: 'role', label: t('role'), value: project.role },
    { key: 'stack', label: t('stack'), value: project.stack.length > 0 && <TechList items={project.stack} label={t('stack')} /> },
    {
      key: 'links',
      label: t('links'),
      value: project.links.length > 0 && (
        <ul>
          {project.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ),
    },
  ].filter((row) => Boolean(row.value));

  return (
    <dl aria-labelledby={labelledBy} className={layout === 'grid' ? 'grid gap-4 sm:grid-cols-3' : 'flex flex-col gap-4'}>
      {rows.map((row) => (
        <div key={row.key}>
          <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{row.label}</dt>
          <dd className="mt-1">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
