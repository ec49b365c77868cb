import { generateLocaleParams, resolveLocale, type LocaleParams } from '@/lib/locale';
import { socialCard } from '@/lib/social-card';

// The page's social card (lib/metadata.ts names it), written once at build time as a .png file.
export const dynamic = 'force-static';
export const generateStaticParams = generateLocaleParams;

export async function GET(_request: Request, { params }: LocaleParams) {
  return socialCard(await resolveLocale(params), { kind: 'technologies' });
}
