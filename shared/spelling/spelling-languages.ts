import { lowerCaseIn } from '../document/language/text-case';

/** The languages the app has a bundled Hunspell dictionary for. */
export const spellingLanguages = ['az', 'en', 'ru', 'tr'] as const;
export type SpellingLanguage = (typeof spellingLanguages)[number];

/** The dictionary for a BCP 47 tag ("az-Latn-AZ" → "az", "en-GB" → "en"), or undefined when none is bundled. */
export function spellingLanguageOf(tag: string): SpellingLanguage | undefined {
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  // Azerbaijani in Cyrillic script is not what the bundled (Latin) dictionary checks.
  if (base === 'az' && /-Cyrl\b/iu.test(tag)) return undefined;
  return (spellingLanguages as readonly string[]).includes(base) ? (base as SpellingLanguage) : undefined;
}

/**
 * The form a word is compared in against the personal dictionary and the
 * directory: lower case by the text's own rules ("İLHAM" → "ilham" in
 * Azerbaijani, "ILHAM" → "ilham" in English), typographic apostrophes as
 * straight ones.
 */
export function foldWord(word: string, language: string): string {
  return lowerCaseIn(word.replace(/[’ʼ]/gu, "'"), language);
}
