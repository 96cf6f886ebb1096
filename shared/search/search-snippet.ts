import { foldWithOffsets } from './search-folding';

/** A piece of a snippet: original text, marked when it is a word the search matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** Text was cut before / after the snippet. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * The passage of `original` around its first matched word, with every matched
 * word marked. Matching is done on the folded text (see `foldForSearch`), so
 * typing "baki" marks "Bakı" as written; a word matches when it starts with a
 * term, as the search does (results appear while a word is still being typed).
 * Returns undefined when no term occurs.
 */
export function buildSnippet(original: string, terms: readonly string[], maxLength = 180): Snippet | undefined {
  if (terms.length === 0) return undefined;
  const { folded, offsets } = foldWithOffsets(original);
  const matches: { start: number; end: number }[] = [];
  for (const word of folded.matchAll(wordPattern)) {
    if (!terms.some((term) => word[0].startsWith(term))) continue;
    const start = offsets[word.index] ?? 0;
    const end = offsets[word.index + word[0].length] ?? original.length;
    matches.push({ start, end });
  }
  const first = matches[0];
  if (!first) return undefined;
  // Start a little before the first match, at a word boundary, so the reader sees its context.
  let start = Math.max(0, first.start - Math.floor(maxLength / 3));
  if (start > 0) {
    const space = original.lastIndexOf(' ', first.start);
    start = space >= start ? original.indexOf(' ', start) + 1 || start : start;
  }
  let end = Math.min(original.length, start + maxLength);
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end);
    if (space > first.end) end = space;
  }
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const match of matches) {
    if (match.end <= start) continue;
    if (match.start >= end) break;
    if (match.start > cursor) parts.push({ text: original.slice(cursor, match.start), match: false });
    parts.push({ text: original.slice(Math.max(cursor, match.start), Math.min(match.end, end)), match: true });
    cursor = Math.min(match.end, end);
  }
  if (cursor < end) parts.push({ text: original.slice(cursor, end), match: false });
  return {
    parts: parts.map((part) => ({ ...part, text: part.text.replace(/\s+/gu, ' ') })),
    truncatedStart: start > 0,
    truncatedEnd: end < original.length,
  };
}
