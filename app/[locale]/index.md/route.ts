import { generateLocaleParams, resolveLocale } from '@/lib/locale';
import { markdownResponse } from '@/lib/machine-responses';

// The page's Markdown twin, written once at build time like the page.
export const dynamic = 'force-static';
export const generateStaticParams = generateLocaleParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return markdownResponse(await resolveLocale(params), '');
}
