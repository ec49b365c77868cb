import { generateLocaleParams, resolveLocale } from '@/lib/locale';
import { socialCard } from '@/lib/social-card';

export const dynamic = 'force-static';
export const generateStaticParams = generateLocaleParams;

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/card.png'>) {
  return socialCard(await resolveLocale(params), { kind: 'home' });
}
