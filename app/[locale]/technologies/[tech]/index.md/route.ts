import { getTechnologySlugs } from '@/lib/content';
import { generateLocaleParams, resolveLocale } from '@/lib/locale';
import { markdownResponse } from '@/lib/machine-responses';

// The technology page's Markdown twin, written once at build time like the page.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return generateLocaleParams().flatMap(({ locale }) => getTechnologySlugs().map((tech) => ({ locale, tech })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; tech: string }> }) {
  return markdownResponse(await resolveLocale(params), `/technologies/${(await params).tech}`);
}
