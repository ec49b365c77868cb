import { generateLocaleParams, resolveLocale } from '@/lib/locale';
import { textResponse } from '@/lib/machine-responses';
import { toVCard } from '@/lib/vcard';

// The contact card, written once at build time: `/{locale}/contact.vcf`.
export const dynamic = 'force-static';
export const generateStaticParams = generateLocaleParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return textResponse(toVCard(await resolveLocale(params)), 'text/vcard');
}
