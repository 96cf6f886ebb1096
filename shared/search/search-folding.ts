/**
 * Search folding: one pure function applied identically to the text that is
 * indexed and to what the person types, so "eliyev" finds "Əliyev", "ilham"
 * finds "İlham", "baki" finds "Bakı" and "ёлка" and "елка" find each other.
 *
 * Why not just FTS5's `unicode61 remove_diacritics 2`: it removes combining
 * marks (ç ş ğ ö ü é ё → c s g o u e е) and folds ASCII/Latin case, but
 * `ə`/`Ə` (U+0259/U+018F) and dotless `ı` (U+0131) are base letters, not
 * letters with a mark, so it leaves them alone — a person typing on an
 * English keyboard could never find "Əliyev" or "Bakı". And JavaScript's
 * `toLowerCase()` turns `İ` into two characters (`i` + U+0307).
 *
 * The rule, per code point:
 * - `İ`, `I`, `ı`, `i` → `i` (Turkish/Azerbaijani dotted and dotless i are one letter for search)
 * - `Ə`, `ə` → `e`
 * - anything else: lower-cased, decomposed (NFD), combining marks dropped
 *   (é → e, ş → s, ğ → g, ё → е, й → и)
 *
 * Every code point folds to exactly one UTF-16 unit or to nothing, and
 * {@link foldWithOffsets} reports where each folded character came from, so
 * a match found in the folded text can be highlighted in the original.
 */
const special: Record<string, string> = { İ: 'i', I: 'i', ı: 'i', Ə: 'e', ə: 'e' };

const combiningMark = /\p{M}/gu;

function foldCodePoint(character: string): string {
  const mapped = special[character];
  if (mapped !== undefined) return mapped;
  const folded = character.toLowerCase().normalize('NFD').replace(combiningMark, '');
  // A character that folds to several (ß stays ß; ǆ → ǆ) or to a surrogate pair keeps its lower-case form whole.
  return folded.length === 1 ? folded : folded.length === 0 ? '' : character.toLowerCase();
}

/** The folded text: what is indexed and what queries are compared with. */
export function foldForSearch(text: string): string {
  return foldWithOffsets(text).folded;
}

export interface FoldedText {
  folded: string;
  /** `offsets[i]` is the index in the original text of the character that became `folded[i]`; one extra entry holds the original length. */
  offsets: number[];
}

/** Folds like {@link foldForSearch} and keeps, for each folded UTF-16 unit, its index in the original. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCodePoint(character);
    for (let unit = 0; unit < piece.length; unit += 1) offsets.push(index);
    folded += piece;
    index += character.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The folded words of a query, in order, without duplicates. */
export function searchTerms(query: string): string[] {
  return [...new Set(foldForSearch(query).match(wordPattern) ?? [])];
}
