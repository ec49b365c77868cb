import { getProjectSlugs } from '@/lib/content';
import { generateLocaleParams } from '@/lib/locale';
import { cardSize } from '@/lib/metadata';
import { socialImage } from '@/lib/social-card';

// Pages name this image, with its localized alt text, in their own metadata (lib/metadata.ts).
export const size = cardSize;
export const contentType = 'image/png';

export function generateStaticParams() {
  return generateLocaleParams().flatMap(({ locale }) => getProjectSlugs().map((slug) => ({ locale, slug })));
}

export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return socialImage(params, (slug = '') => ({ kind: 'project', slug }));
}
