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

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The passage of `original` around its first match, with every match in it
 * marked. `matches` are ranges of `original` (see `matchRanges` in
 * `search-spellings.ts`). Undefined when there is no match.
 */
export function buildSnippet(original: string, matches: readonly TextRange[], maxLength = 180): Snippet | undefined {
  const first = matches[0];
  if (!first) return undefined;
  // Start a little before the first match, at a word boundary, so the reader sees its context.
  let start = Math.max(0, first.start - Math.floor(maxLength / 3));
  if (start > 0) {
    const space = original.indexOf(' ', start);
    start = space >= 0 && space < first.start ? space + 1 : start;
  }
  let end = Math.min(original.length, start + maxLength);
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end);
    if (space > first.end) end = space;
  }
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const match of matches) {
    if (match.end <= cursor) continue;
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
