import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ProjectFacts as Facts } from '@/lib/content';
import { ExternalLink } from './external-link';
import { DateRange } from './formatted-date';
import { TechList } from './tech-list';

type Props = { locale: Locale; project: Facts; labelledBy?: string; layout?: 'stack' | 'grid' };

/** The context block of a project: only the facts the CV gives are listed. */
export async function ProjectFacts({ locale, project, labelledBy, layout = 'stack' }: Props) {
  const t = await getTranslations({ locale, namespace: 'ProjectFacts' });
  const rows = [
    { key: 'period', label: t('period'), value: project.start && <DateRange locale={locale} start={project.start} end={project.end} /> },
    { key: 'company', label: t('company'), value: project.company },
    { key: 'service', label: t('service'), value: project.service },
    { key: 'teamSize', label: t('teamSize'), value: project.teamSize && t('teamSizeValue', { count: project.teamSize }) },
    { key: 'role', label: t('role'), value: project.role },
    {
      key: 'stack',
      label: t('stack'),
      value: project.stack.length > 0 && <TechList locale={locale} items={project.stack} label={t('stack')} />,
    },
    {
      key: 'links',
      label: t('links'),
      value: project.links.length > 0 && (
        <ul>
          {project.links.map((link) => (
            <li key={link.url}>
              <ExternalLink locale={locale} href={link.url} lang={link.lang}>
                {link.label}
              </ExternalLink>
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
