import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getInterests } from '@/lib/content';
import { ResumeSection } from './resume-section';

export async function ResumeInterests({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  const interests = getInterests(locale);
  const groups = [
    { key: 'languages', title: t('languages'), items: interests.languages },
    { key: 'development', title: t('development'), items: interests.development },
  ];
  return (
    <ResumeSection id="interests" title={t('interests')}>
      <div className="grid gap-6 sm:grid-cols-2">
        {groups.map((group) => (
          <div key={group.key} className="break-inside-avoid">
            <h3 className="mb-2 font-bold">{group.title}</h3>
            <ul className="list-disc pl-5">
              {group.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </ResumeSection>
  );
}
