import { getTranslations } from 'next-intl/server';

/** Marks content the CV leaves empty; only ever rendered by `next dev`. */
export async function DraftBadge({ draft }: { draft: boolean }) {
  if (!draft) return null;
  const t = await getTranslations('DraftBadge');
  return <span className="draft-badge">{t('label')}</span>;
}
