import { getTechnologySlugs } from '@/lib/content';
import { generateLocaleParams, resolveLocale } from '@/lib/locale';
import { socialCard } from '@/lib/social-card';

// The page's social card (lib/metadata.ts names it), written once at build time as a .png file.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return generateLocaleParams().flatMap(({ locale }) => getTechnologySlugs().map((tech) => ({ locale, tech })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; tech: string }> }) {
  return socialCard(await resolveLocale(params), { kind: 'technology', slug: (await params).tech });
}
