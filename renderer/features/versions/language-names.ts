import { briefingLanguages } from '../details/languages';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Azerbaijani": the app's own words are English (the language list itself shows each language's own name). */
export function languageName(tag: string): string {
  try {
    return englishNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The languages a translation can be made into: the app's languages the family does not have yet. */
export function languagesToAdd(present: readonly string[]): { tag: string; name: string }[] {
  const taken = new Set(present.map((tag) => tag.toLowerCase()));
  return briefingLanguages.filter((language) => !taken.has(language.tag));
}
