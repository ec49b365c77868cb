import { generateTechnologyParams, resolveLocale } from '@/lib/locale';
import { socialCard } from '@/lib/social-card';

export const dynamic = 'force-static';
export const generateStaticParams = generateTechnologyParams;

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/technologies/[tech]/card.png'>) {
  return socialCard(await resolveLocale(params), { kind: 'technology', slug: (await params).tech });
}
