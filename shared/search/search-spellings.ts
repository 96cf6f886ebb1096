import { foldForSearch } from './search-folding';

/**
 * Other spellings a word is found by, beyond `foldForSearch`'s one.
 *
 * Azerbaijani names reach English text transliterated, and not in one way:
 * "Əsədov" is "Asadov" in passports and on president.az, "Esedov" where ə is
 * read as e; "Əliyev" is "Aliyev"; "Şəki" is "Sheki", "Gəncə" "Ganja",
 * "Naxçıvan" "Nakhchivan", "Qazax" "Gazakh", "Ağdam" "Aghdam", "Cəbrayıl"
 * "Jabrayil". So a word written in Azerbaijani is indexed under:
 * - its folding (`foldForSearch`: ə→e, ş→s, ç→c, ğ→g, ı→i, ö→o, ü→u), which
 *   keeps every match that worked before;
 * - the English transliteration with ə→a, and the same with ə→e ("Sheki",
 *   "Mingechevir" use e, "Ganja", "Asadov" a), where ş→sh, ç→ch, ğ→gh,
 *   x→kh, q→g, c→j.
 * The last three (x, q, c) only apply to a word that is Azerbaijani — it holds
 * one of ə ğ ı İ ş ç ö ü, or the briefing is in Azerbaijani — so an English
 * "Conference" is never also found as "jonference".
 *
 * Arabic: `foldForSearch` folds the alef forms (أ إ آ ٱ → ا), ta marbuta
 * (ة → ه) and alef maksura (ى → ي); the short vowels and tatweel are dropped
 * here (`foldForIndex`), as Lucene's ArabicNormalizer does, so "مُحَمَّد" and
 * "محمد" are one word.
 */

/** Arabic short vowels, shadda, sukun, superscript alef, Quranic marks and tatweel: written or not, the word is the same. */
const arabicMarks = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;

/** `foldForSearch` without the Arabic marks: what the index holds and queries are compared with (not the same length as the text). */
export function foldForIndex(text: string): string {
  return foldForSearch(text).replace(arabicMarks, '');
}

/** A word as the index sees it: letters, numbers and the marks on them. */
export const indexWordPattern = /[\p{L}\p{M}\p{N}]+/gu;

const azerbaijaniLetter = /[əƏğĞıİşŞçÇöÖüÜ]/u;
/** The letters a transliteration writes differently from the folding; a word without any has no other spelling. */
const transliterable = /[əƏşŞçÇğĞxXqQcC]/u;
const hasArabicMarks = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/u;
const digraphs: Record<string, string> = { ş: 'sh', ç: 'ch', ğ: 'gh' };
const azerbaijaniOnly: Record<string, string> = { x: 'kh', q: 'g', c: 'j' };

function transliterate(word: string, schwa: 'a' | 'e', azerbaijani: boolean): string {
  // Dotted and dotless i first (İ lower-cases to two characters), then ə, then the letters written with two in English.
  const lower = word.replace(/[İIı]/gu, 'i').toLowerCase().replace(/ə/gu, schwa);
  // One pass, so the c of a written "ch" is never read again as Azerbaijani c.
  const text = lower.replace(azerbaijani ? /[şçğxqc]/gu : /[şçğ]/gu, (letter) => digraphs[letter] ?? azerbaijaniOnly[letter] ?? letter);
  return foldForIndex(text);
}

export interface SpellingOptions {
  /** The briefing (or query) is in Azerbaijani: every Latin word is read as Azerbaijani. */
  azerbaijani?: boolean;
}

/** Every spelling `word` is found by: its folding first, then the transliterations that differ from it. */
export function spellingsOf(word: string, options: SpellingOptions = {}): string[] {
  return otherSpellings(word, foldForIndex(word), options);
}

/** `spellingsOf` for a word whose folding is known (`folded`). */
function otherSpellings(word: string, folded: string, options: SpellingOptions): string[] {
  if (!transliterable.test(word)) return [folded];
  const azerbaijani = options.azerbaijani === true || azerbaijaniLetter.test(word);
  if (!azerbaijani && !/[şŞçÇğĞ]/u.test(word)) return [folded];
  return [...new Set([folded, transliterate(word, 'a', azerbaijani), transliterate(word, 'e', azerbaijani)])];
}

/**
 * The text as the index holds it: its folding, then on a line of its own the
 * other spellings of its words (each once). FTS5 finds a word by any of them;
 * only the spellings add to the text, so a briefing without Azerbaijani words
 * is indexed exactly as before.
 */
export function indexText(text: string, options: SpellingOptions = {}): string {
  const others = new Set<string>();
  const folded: string[] = [];
  // Line by line, each line's folding and spellings remembered: an autosave of a long briefing changes a line or two,
  // and folding every line again was most of the cost of saving it. The result is the same as for the whole text at once.
  for (const line of text.split('\n')) {
    const indexed = indexedLine(line, options);
    folded.push(indexed.folded);
    for (const spelling of indexed.others) others.add(spelling);
  }
  const foldedText = folded.join('\n');
  return others.size > 0 ? `${foldedText}\n${[...others].join(' ')}` : foldedText;
}

interface IndexedLine {
  folded: string;
  /** The other spellings of the line's words, in order, each once. */
  others: readonly string[];
}

/** Lines indexed lately, oldest first (a Map keeps insertion order); bounded, so a long session does not grow it. */
const indexedLines = new Map<string, IndexedLine>();
const indexedLinesLimit = 20_000;

function indexedLine(line: string, options: SpellingOptions): IndexedLine {
  const key = `${options.azerbaijani === true ? 'az' : '--'}${line}`;
  const known = indexedLines.get(key);
  if (known) return known;
  const others = new Set<string>();
  for (const [word] of line.normalize('NFC').matchAll(indexWordPattern)) {
    for (const spelling of spellingsOf(word, options).slice(1)) others.add(spelling);
  }
  const indexed: IndexedLine = { folded: foldForIndex(line), others: [...others] };
  if (indexedLines.size >= indexedLinesLimit) indexedLines.delete(indexedLines.keys().next().value as string);
  indexedLines.set(key, indexed);
  return indexed;
}

/** `indexText` without remembering lines, for the tests that show both give the same. */
export function indexTextUncached(text: string, options: SpellingOptions = {}): string {
  const others = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(indexWordPattern)) {
    for (const spelling of spellingsOf(word, options).slice(1)) others.add(spelling);
  }
  const folded = foldForIndex(text);
  return others.size > 0 ? `${folded}\n${[...others].join(' ')}` : folded;
}

/**
 * The words of a query, each with the spellings it may be written in
 * (`"Şəki"` → seki, shaki, sheki), in order, without repeats. A query is
 * compared with every spelling of every indexed word, so either side may be
 * the transliterated one.
 */
export function searchTermSpellings(query: string): string[][] {
  const seen = new Set<string>();
  const terms: string[][] = [];
  for (const [word] of query.normalize('NFC').matchAll(indexWordPattern)) {
    const spellings = spellingsOf(word).flatMap((spelling) => spelling.match(/[\p{L}\p{N}]+/gu) ?? []);
    const key = spellings[0];
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    terms.push([...new Set(spellings)]);
  }
  return terms;
}

type MatchOptions = SpellingOptions & {
  /** Stop this many characters after the first match: a snippet shows no more (see `buildSnippet`). */
  within?: number;
};

/** Where `matchRanges` first looks when it stops after the first match: most snippets' match is this near the start. */
const firstLook = 1024;

/**
 * Where words matching the query are in `text` (as written), for a snippet:
 * a word matches a term when one of its spellings starts with one of the
 * term's (FTS5's prefix match, as results follow typing).
 *
 * With `within`, the start of the text is looked at first (1,024 characters,
 * then four times as many, each cut at a space so no word is split): when
 * the first match and the `within` characters after it lie inside it, the
 * rest of the text cannot change the answer, and it is never folded or
 * transliterated — most of a search's time at 50 hits of 10,000 characters.
 * Only the whole text is first checked for the words at all (folded and
 * transliterated at once): a hit whose body never holds them is passed over
 * without a look at each word.
 * The ranges are the same as looking at the whole text (`matchRangesInWhole`).
 */
export function matchRanges(text: string, terms: readonly (readonly string[])[], options: MatchOptions = {}): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  const within = options.within;
  if (within !== undefined) {
    const space = /\s/gu;
    for (let length = firstLook; length < text.length; length *= 4) {
      // Cut at the first white space at or after `length`: no word (letters, marks, numbers) runs across it.
      space.lastIndex = length;
      const cut = space.exec(text)?.index;
      if (cut === undefined) break;
      // The start is looked at word by word straight away: its words are nearly always there (the match is what made
      // it a hit), and looking each up (`wordSpellings`) costs less than transliterating the whole start to rule it out.
      const start = text.slice(0, cut);
      const ranges = wordRanges(start, foldForSearch(start), terms, options);
      const first = ranges[0];
      if (first && first.start + within < cut) return ranges;
    }
  }
  return matchRangesInWhole(text, terms, options);
}

/**
 * Words' spellings as snippets mark them, lately looked at (a Map keeps insertion order; bounded, so a long session
 * does not grow it). A text repeats its words, and the hits of one search repeat each other's: looking each word up
 * instead of transliterating it again was most of a snippet's time for Azerbaijani text. Keyed by the word, its
 * folding in the text (the same word folds the same way, but the key does not rely on it) and the language rule.
 */
const wordSpellingsSeen = new Map<string, readonly string[]>();
const wordSpellingsLimit = 20_000;

function wordSpellings(word: string, wordFolded: string, azerbaijani: boolean): readonly string[] {
  const key = `${azerbaijani ? 'az' : '--'}${word}\u0000${wordFolded}`;
  const known = wordSpellingsSeen.get(key);
  if (known) return known;
  const spellings = otherSpellings(word, hasArabicMarks.test(word) ? wordFolded.replace(arabicMarks, '') : wordFolded, { azerbaijani });
  if (wordSpellingsSeen.size >= wordSpellingsLimit) wordSpellingsSeen.delete(wordSpellingsSeen.keys().next().value as string);
  wordSpellingsSeen.set(key, spellings);
  return spellings;
}

/** `matchRanges` looking at the whole text at once (and the tests' reference for it). */
export function matchRangesInWhole(text: string, terms: readonly (readonly string[])[], options: MatchOptions = {}): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  // The whole text in each spelling at once (the transliterations applied to every word: a superset), so a text
  // none of the words occur in is passed over without looking at its words one by one.
  const folded = foldForSearch(text);
  const variants = [folded.replace(arabicMarks, '')];
  if (transliterable.test(text)) variants.push(transliterate(text, 'a', true), transliterate(text, 'e', true));
  if (!terms.some((term) => term.some((spelling) => variants.some((variant) => variant.includes(spelling))))) return [];
  return wordRanges(text, folded, terms, options);
}

/** The words of `text` one of whose spellings starts with one of a term's (`folded`: `foldForSearch(text)`). */
function wordRanges(text: string, folded: string, terms: readonly (readonly string[])[], options: MatchOptions): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let until = Infinity;
  for (const match of text.matchAll(indexWordPattern)) {
    if (match.index > until) break;
    const word = match[0];
    // The folding keeps the text's length, so the word's folding is at the same place in the folded text.
    const wordFolded = folded.slice(match.index, match.index + word.length);
    const spellings = wordSpellings(word, wordFolded, options.azerbaijani === true);
    if (terms.some((term) => term.some((prefix) => spellings.some((spelling) => spelling.startsWith(prefix))))) {
      ranges.push({ start: match.index, end: match.index + word.length });
      if (until === Infinity && options.within !== undefined) until = match.index + options.within;
    }
  }
  return ranges;
}
