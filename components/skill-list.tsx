import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Skill } from '@/lib/content';
import { localePath } from '@/lib/site';
import { TechnologyHint } from './tech-list';

const MAX_LEVEL = 3;

/** The CV's star rating, read out as "3 of 3". */
export async function SkillStars({ locale, level }: { locale: Locale; level: number }) {
  const t = await getTranslations({ locale, namespace: 'SkillLevel' });
  return (
    <span role="img" aria-label={t('label', { level })} className="tracking-widest whitespace-nowrap text-accent">
      {'★'.repeat(level)}
      <span className="text-muted opacity-40">{'★'.repeat(MAX_LEVEL - level)}</span>
    </span>
  );
}

/** Skills with their stars; each name leads to its technology's page. */
export function SkillList({ locale, skills }: { locale: Locale; skills: Skill[] }) {
  return (
    <ul className="grid gap-2 break-inside-avoid sm:grid-cols-2">
      {skills.map((skill) => (
        <li key={skill.slug} className="flex items-center justify-between gap-4 rounded-lg border border-line bg-surface px-4 py-2">
          <a href={localePath(locale, `/technologies/${skill.slug}`)} className="font-semibold">
            {/* The name alone is the skill, for the résumé's h-resume (the hint is for screen readers). */}
            <span className="p-skill">{skill.name}</span>
            <TechnologyHint locale={locale} />
          </a>
          <SkillStars locale={locale} level={skill.level} />
        </li>
      ))}
    </ul>
  );
}
