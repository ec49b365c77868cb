import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getProfile } from '@/lib/content';

// A file like any other, also in the static export.
export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  const profile = getProfile(routing.defaultLocale);
  return {
    name: `${profile.name} / ${profile.alternateName}`,
    short_name: profile.name,
    description: profile.tagline,
    lang: routing.defaultLocale,
    start_url: '/',
    display: 'browser',
    background_color: '#fafaf9',
    theme_color: '#0f766e',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/touch-icon.png', type: 'image/png', sizes: '180x180' },
    ],
  };
}
