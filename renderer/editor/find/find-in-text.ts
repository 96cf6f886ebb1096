import { formattingLocale } from '../../../shared/document/field-format';

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

/** A match as offsets into the searched text, end exclusive. */
export type TextMatch = readonly [start: number, end: number];

/**
 * Lower-cases one character at a time in the briefing's language (so in
 * Azerbaijani "I" → "ı" and "İ" → "i"), keeping every character's length, so
 * offsets in the folded text are offsets in the original. Diacritics are
 * never folded: "ş" does not match "s".
 */
function fold(text: string, language: string): string {
  const locale = formattingLocale(language);
  let folded = '';
  for (const character of text) {
    const lower = character.toLocaleLowerCase(locale);
    folded += lower.length === character.length ? lower : character;
  }
  return folded;
}

const wordCharacter = /[\p{L}\p{N}\p{M}_]/u;

/** Every non-overlapping occurrence of `query` in `text`, in order. */
export function findInText(text: string, query: string, options: FindOptions, language: string): TextMatch[] {
  if (query === '') return [];
  const haystack = options.matchCase ? text : fold(text, language);
  const needle = options.matchCase ? query : fold(query, language);
  const matches: TextMatch[] = [];
  let from = 0;
  for (;;) {
    const start = haystack.indexOf(needle, from);
    if (start < 0) return matches;
    const end = start + needle.length;
    const isWhole = !options.wholeWord || (!wordCharacter.test(text.charAt(start - 1)) && !wordCharacter.test(text.charAt(end)));
    if (isWhole) {
      matches.push([start, end]);
      from = end;
    } else {
      from = start + 1;
    }
  }
}
