import { join } from 'node:path';

/**
 * Noto Sans JP from npm, the one typeface of everything the build draws outside the browser's own
 * fonts: the social cards (lib/social-card.tsx) and the résumé PDFs (scripts/print-resume-pdfs.ts).
 * Nothing is fetched, so a build reads the same on any machine.
 */
const fontDir = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-jp');

export const NOTO_SANS_JP = {
  400: join(fontDir, '400Regular/NotoSansJP_400Regular.ttf'),
  700: join(fontDir, '700Bold/NotoSansJP_700Bold.ttf'),
} as const;
