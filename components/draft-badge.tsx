import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** Marks a draft project; only `npm run dev` has drafts to mark. */
export async function DraftBadge({ locale, draft }: { locale: Locale; draft: boolean }) {
  if (!draft) return null;
  const t = await getTranslations({ locale, namespace: 'DraftBadge' });
  return <span className="draft-badge">{t('label')}</span>;
}
