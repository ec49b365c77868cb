import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { StackEntry } from '@/lib/content';
import { localePath } from '@/lib/site';

/**
 * A link's text says what it leads to, to search engines too: a bare "Go" reads as a verb (a
 * generic link text), so every technology link carries a hint, for screen readers only.
 */
export async function TechnologyHint({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'TechnologyLink' });
  return <span className="sr-only">{t('hint')}</span>;
}

/** A project's stack as chips, each leading to its technology's page; entries read as the CV writes them. */
export function TechList({ locale, items, label }: { locale: Locale; items: StackEntry[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="relative z-10 flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item.slug}>
          <a
            href={localePath(locale, `/technologies/${item.slug}`)}
            className="block rounded-md bg-accent-soft px-2 py-0.5 text-sm font-medium text-fg no-underline hover:underline"
          >
            {item.label}
            <TechnologyHint locale={locale} />
          </a>
        </li>
      ))}
    </ul>
  );
}
