import { generateProjectParams, resolveLocale } from '@/lib/locale';
import { socialCard } from '@/lib/social-card';

export const dynamic = 'force-static';
export const generateStaticParams = generateProjectParams;

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/projects/[slug]/card.png'>) {
  return socialCard(await resolveLocale(params), { kind: 'project', slug: (await params).slug });
}
