import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

type Props = { locale: Locale; topics: string[]; id: string; headingLevel: 'h2' | 'h4' };

/**
 * The topics the CV names in a project without a text (its draft sections): their names, as the
 * CV lists them, after the sections that have a text. Nothing at all when there are none.
 */
export async function NamedTopics({ locale, topics, id, headingLevel }: Props) {
  if (topics.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'ProjectPage' });
  const anchor = await getTranslations({ locale, namespace: 'HeadingAnchor' });
  const Heading = headingLevel;
  return (
    <section aria-labelledby={id} className={`prose mt-8 break-inside-avoid ${headingLevel === 'h4' ? 'prose-resume' : ''}`}>
      {/* A self-link, like the body's headings beside it. */}
      <Heading id={id}>
        <a href={`#${id}`} className="heading-anchor" title={anchor('label')}>
          {t('namedTopics')}
        </a>
      </Heading>
      <ul>
        {topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
    </section>
  );
}
