/** The languages a passage can be marked in, each named in itself as language pickers do. */
export const passageLanguages = [
  { tag: 'az', name: 'Azərbaycan dili' },
  { tag: 'en', name: 'English' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'tr', name: 'Türkçe' },
] as const;
