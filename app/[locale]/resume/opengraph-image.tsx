import { cardSize } from '@/lib/metadata';
import { socialImage } from '@/lib/social-card';
import { generateLocaleParams } from '@/lib/locale';

// Pages name this image, with its localized alt text, in their own metadata (lib/metadata.ts).
export const size = cardSize;
export const contentType = 'image/png';
export const generateStaticParams = generateLocaleParams;

export default function Image({ params }: { params: Promise<{ locale: string }> }) {
  return socialImage(params, () => ({ kind: 'resume' }));
}
