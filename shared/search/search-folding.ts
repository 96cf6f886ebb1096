/**
 * Search folding: one pure function applied identically to the text that is
 * indexed and to what the person types, so "eliyev" finds "Əliyev", "ilham"
 * finds "İlham", "baki" finds "Bakı" and "ёлка" and "елка" find each other.
 *
 * Why not just FTS5's `unicode61 remove_diacritics 2`: it removes combining
 * marks (ç ş ğ ö ü é ё → c s g o u e е) and folds case, but `ə`/`Ə`
 * (U+0259/U+018F) and dotless `ı` (U+0131) are base letters, not letters
 * with a mark, so it leaves them alone — a person typing on an English
 * keyboard could never find "Əliyev" or "Bakı". And `toLowerCase()` turns
 * `İ` into two characters (`i` + U+0307).
 *
 * The rule, per character:
 * - `İ`, `I`, `ı`, `i` → `i` (dotted and dotless i are one letter for search)
 * - `Ə`, `ə` → `e`
 * - the Arabic alef forms `أ إ آ ٱ` → `ا`, ta marbuta `ة` → `ه`, alef maksura
 *   `ى` → `ي` (as Lucene's ArabicNormalizer, the usual practice: writers
 *   drop the hamza and the dots freely)
 * - anything else: lower-cased; a precomposed letter with marks becomes its
 *   base letter (é → e, ş → s, ğ → g, ö → o, ё → е, й → и)
 *
 * The folded text has exactly the length of the original (UTF-16 units), so
 * a match found in the folded text is at the same place in the original:
 * that is how result snippets mark the words as they were written.
 */
const special: Record<string, string> = { İ: 'i', I: 'i', ı: 'i', Ə: 'e', ə: 'e', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي' };
const specialPattern = /[İIıƏəأإآٱةى]/g;

/**
 * Precomposed letters (Latin, Greek, Cyrillic) whose canonical decomposition
 * is a base letter plus marks, with that base letter: built once from
 * Unicode's own data (`normalize('NFD')`), so the table is never hand-kept.
 */
const baseLetters = new Map<string, string>();
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x0370, 0x04ff],
  [0x1e00, 0x1fff],
]) {
  for (let code = from ?? 0; code <= (to ?? 0); code += 1) {
    const character = String.fromCharCode(code);
    const base = character.normalize('NFD').replace(/\p{M}+/gu, '');
    if (base.length === 1 && base !== character) baseLetters.set(character, base);
  }
}
const accentedPattern = new RegExp(`[${[...baseLetters.keys()].join('')}]`, 'g');
const toBase = (character: string) => baseLetters.get(character) ?? character;

/** The folded text: what is indexed and what queries are compared with. Same length as `text`. */
export function foldForSearch(text: string): string {
  // Lower-casing after the special letters: U+0130 is the only character whose lower case is longer.
  return text.replace(specialPattern, (character) => special[character] ?? character).toLowerCase().replace(accentedPattern, toBase);
}
