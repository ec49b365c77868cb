import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { messages } from '@/lib/messages';
import { routing } from './routing';

// The locale that pages register with setRequestLocale (lib/locale.ts says why not root params).
// eslint-disable-next-line @typescript-eslint/no-deprecated
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates in the CV are calendar months in Japan; one zone keeps server and client in step.
    timeZone: 'Asia/Tokyo',
    messages: messages[locale],
  };
});
