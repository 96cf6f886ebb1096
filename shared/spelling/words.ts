/** A word of running text and where it starts, in UTF-16 code units of that text. */
export interface TextWord {
  word: string;
  start: number;
  end: number;
}

/**
 * Words are runs of letters (with their combining marks), joined inside by an
 * apostrophe ("don't", "İstanbul'da") or a hyphen ("ab-hava", "well-known").
 */
const wordPattern = /[\p{L}\p{M}\p{N}_]+(?:['’ʼ\-‐][\p{L}\p{M}\p{N}_]+)*/gu;

/** Web and e-mail addresses are not words to check. */
const addressPattern = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/giu;

/**
 * The words of `text` that spelling looks at. Left out, as Word leaves them
 * out: words with digits ("COVID-19", "2025-ci"), words in capitals
 * (acronyms: "BMT", "ITU", "NATO"), single letters, and addresses.
 */
export function wordsToCheck(text: string): TextWord[] {
  const addresses: [number, number][] = [];
  for (const match of text.matchAll(addressPattern)) addresses.push([match.index, match.index + match[0].length]);
  const words: TextWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (addresses.some(([from, to]) => start < to && end > from)) continue;
    if (/[\p{N}_]/u.test(word)) continue;
    if ([...word].length < 2) continue;
    if (word === word.toUpperCase() && word !== word.toLowerCase()) continue;
    words.push({ word, start, end });
  }
  return words;
}
