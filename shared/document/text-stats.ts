import type { BriefingBody, FormattedText, SectionElement } from './briefing-body';

type TextContainer = { children: ReadonlyArray<FormattedText | TextContainer> } | FormattedText;

function nodeText(node: TextContainer): string {
  return 'text' in node ? node.text : node.children.map(nodeText).join('');
}

/** The section's text, one line per block. */
export function sectionPlainText(section: SectionElement): string {
  return section.children.map(nodeText).join('\n');
}

/** The body as plain text: sections separated by a blank line, headings included. */
export function bodyPlainText(body: BriefingBody): string {
  return body
    .map((section) => (section.heading ? `${section.heading}\n${sectionPlainText(section)}` : sectionPlainText(section)))
    .join('\n\n');
}

const wordLike = /[\p{L}\p{N}]/u;

/**
 * Counts words the way Word does: runs of text between white space, so
 * "Bogdan-Martin" and "2025–2028" are one word each, and a lone dash is none.
 * Works for every script (Azerbaijani, Cyrillic) because it only looks at
 * white space and Unicode letter/number classes.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (wordLike.test(token)) count += 1;
  }
  return count;
}

export interface TextStats {
  words: number;
  characters: number;
}

/** Words and characters (without line breaks) of the written text, section headings excluded. */
export function textStats(sections: readonly SectionElement[]): TextStats {
  const text = sections.map(sectionPlainText).join('\n');
  return { words: countWords(text), characters: [...text.replace(/\n/g, '')].length };
}
