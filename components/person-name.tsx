import type { Locale } from '@/i18n/routing';

type Props = {
  /** The name as written in `lang`. */
  name: string;
  lang: Locale;
  /** Its kana reading, shown above it as ruby where there is one. */
  reading?: string;
  /** The page's language: `lang` is set on the name only where it differs. */
  pageLocale: Locale;
};

/**
 * A name with its reading as `<ruby>` (飯泉瑠偉 over イイズミ ルイ), the reading marked as katakana
 * Japanese; `<rp>` brackets for readers without ruby support. For microformats the name is the
 * base text alone: `<data class="p-name">` carries it, so the reading is not read into it.
 */
export function PersonName({ name, lang, reading, pageLocale }: Props) {
  const language = lang === pageLocale ? undefined : lang;
  if (!reading) {
    return (
      <data className="p-name" value={name} lang={language}>
        {name}
      </data>
    );
  }
  return (
    <data className="p-name" value={name} lang={language}>
      <ruby>
        {name}
        <rp>(</rp>
        <rt lang={`${lang}-Kana`} className="text-[0.4em] font-normal tracking-widest text-muted">
          {reading}
        </rt>
        <rp>)</rp>
      </ruby>
    </data>
  );
}
