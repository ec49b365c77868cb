import { toJsonResume } from '@/lib/json-resume';
import { generateLocaleParams, resolveLocale } from '@/lib/locale';

// Written once at build time, like every page.
export const dynamic = 'force-static';
export const generateStaticParams = generateLocaleParams;

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/resume.json'>) {
  const locale = await resolveLocale(params);
  return Response.json(toJsonResume(locale));
}
