import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ShortResumeDocument } from '@/components/short-resume';
import { resolveLocale } from '@/lib/locale';
import { getShortResume } from '@/lib/short-resume';

export async function generateMetadata({ params }: PageProps<'/[locale]/resume/short'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  // Print-only: the build prints it into the short PDFs and deletes it from out/; never indexed.
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** The short résumé, the page its PDFs are printed from (lib/resume-files.ts resumePrintPath). */
export default async function ShortResumePage({ params }: PageProps<'/[locale]/resume/short'>) {
  const locale = await resolveLocale(params);
  return <ShortResumeDocument resume={await getShortResume(locale)} />;
}
