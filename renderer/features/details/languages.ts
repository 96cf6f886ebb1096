/** Languages a briefing can be written in; the tag drives date formats, the lede pattern and the `lang` of exports. */
export const briefingLanguages: readonly { tag: string; name: string }[] = [
  { tag: 'en', name: 'English' },
  { tag: 'az', name: 'Azərbaycanca' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'tr', name: 'Türkçe' },
  { tag: 'fr', name: 'Français' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'es', name: 'Español' },
  { tag: 'ar', name: 'العربية' },
];
