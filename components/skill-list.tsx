import { getTranslations } from 'next-intl/server';
import type { Skills } from 'contentlayer/generated';

const MAX_LEVEL = 3;

/** Skills with the CV's star ratings; the stars are read out as "3 of 3". */
export async function SkillList({ skills }: { skills: Skills['skills'] }) {
  const t = await getTranslations('SkillLevel');
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {skills.map((skill) => (
        <li key={skill.name} className="flex items-center justify-between gap-4 rounded-lg border border-line bg-surface px-4 py-2">
          <span className="font-semibold">{skill.name}</span>
          <span role="img" aria-label={t('label', { level: skill.level })} className="tracking-widest text-accent">
            {'★'.repeat(skill.level)}
            <span className="text-muted opacity-40">{'★'.repeat(MAX_LEVEL - skill.level)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
