import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getStaleTranslations } from '@/lib/content';

/**
 * `npm run dev` only: the page is drawn from translations older than their Japanese source. A
 * release build stops on them instead (lib/content-validation.ts), so none ever ships.
 */
export async function TranslationNotice({ locale, sources }: { locale: Locale; sources: string[] }) {
  if (process.env.NODE_ENV !== 'development') return null;
  const files = getStaleTranslations(locale, sources);
  if (files.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'TranslationNotice' });
  return (
    <aside role="status" className="mb-8 rounded-lg border border-draft p-4 text-sm">
      <p className="font-semibold text-draft">{t('title')}</p>
      <ul className="mt-2 list-disc pl-5">
        {files.map((file) => (
          <li key={file}>
            <code>{file}</code>
          </li>
        ))}
      </ul>
      <p className="mt-2">{t('howTo')}</p>
      <pre className="mt-1 overflow-x-auto">
        <code>{`npm run translated -- ${files.join(' ')}`}</code>
      </pre>
    </aside>
  );
}
