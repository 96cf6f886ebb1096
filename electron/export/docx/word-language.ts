/**
 * Word's language ids (`w:lang`) are language-REGION tags. A briefing's
 * language may be a bare tag ("az"), which Word would not match to a
 * dictionary; these are the regions its proofing tools expect.
 */
const wordRegions: Record<string, string> = {
  en: 'en-US',
  az: 'az-Latn-AZ',
  'az-Cyrl': 'az-Cyrl-AZ',
  ru: 'ru-RU',
  tr: 'tr-TR',
  uk: 'uk-UA',
  ka: 'ka-GE',
  kk: 'kk-KZ',
  uz: 'uz-Latn-UZ',
  fr: 'fr-FR',
  de: 'de-DE',
  es: 'es-ES',
  it: 'it-IT',
  ar: 'ar-SA',
  fa: 'fa-IR',
  zh: 'zh-CN',
  ja: 'ja-JP',
};

/** The `w:lang` value for a BCP 47 tag: a known region added to a bare language, any other tag kept as given. */
export function wordLanguage(tag: string): string {
  return wordRegions[tag] ?? tag;
}
