import type { Locale } from '@/i18n/routing';
import type { StackEntry } from '@/lib/content';
import { localePath } from '@/lib/site';

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
          </a>
        </li>
      ))}
    </ul>
  );
}
