import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { resumePath } from '@/lib/resume-files';
import { absoluteUrl } from '@/lib/site';

/**
 * Paper leads back to the site: on print (and so in every PDF) a QR code and the written-out
 * address of the online résumé in this language, made at build time from SITE_URL.
 */
export async function ResumeOnlineCopy({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResumePage' });
  const url = absoluteUrl(resumePath(locale));
  const qr = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 0,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return (
    <aside aria-label={t('onlineCopy')} className="hidden items-center gap-4 print:flex">
      <div
        className="size-[24mm] shrink-0 [&>svg]:size-full"
        role="img"
        aria-label={t('qrCode', { url })}
        dangerouslySetInnerHTML={{ __html: qr }}
      />
      <p className="text-sm">
        {t('onlineCopy')}
        <br />
        <span className="font-semibold">{url}</span>
      </p>
    </aside>
  );
}
