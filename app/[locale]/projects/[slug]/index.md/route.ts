import { getProjectSlugs } from '@/lib/content';
import { generateLocaleParams, resolveLocale } from '@/lib/locale';
import { markdownResponse } from '@/lib/machine-responses';

// The project page's Markdown twin, written once at build time like the page.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return generateLocaleParams().flatMap(({ locale }) => getProjectSlugs().map((slug) => ({ locale, slug })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return markdownResponse(await resolveLocale(params), `/projects/${(await params).slug}`);
}
