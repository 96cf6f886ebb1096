import { inlineGroupsOf } from './table-normalization';
import type { BriefingBody, FieldReferenceElement, InlineNode, SectionElement } from './briefing-body';

/** Gives the text a field reference stands for; without one, references count as nothing. */
export type FieldResolver = (reference: FieldReferenceElement) => string;

const noFields: FieldResolver = () => '';

function inlineText(node: InlineNode, resolve: FieldResolver): string {
  if ('text' in node) return node.text;
  switch (node.type) {
    case 'field-ref':
      return resolve(node);
    case 'link':
      return node.children.map((child) => child.text).join('');
  }
}

/** The section's text, one line per block, with field references resolved. */
export function sectionPlainText(section: SectionElement, resolve: FieldResolver = noFields): string {
  // A table gives one line per cell.
  return section.children.flatMap((block) => (block.type === 'table' ? inlineGroupsOf(block) : [block.children])).map((children) => children.map((node) => inlineText(node, resolve)).join('')).join('\n');
}

/** The body as plain text: sections separated by a blank line, headings included. */
export function bodyPlainText(body: BriefingBody, resolve: FieldResolver = noFields): string {
  return body
    .map((section) => (section.heading ? `${section.heading}\n${sectionPlainText(section, resolve)}` : sectionPlainText(section, resolve)))
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
export function textStats(sections: readonly SectionElement[], resolve: FieldResolver = noFields): TextStats {
  const text = sections.map((section) => sectionPlainText(section, resolve)).join('\n');
  return { words: countWords(text), characters: [...text.replace(/\n/g, '')].length };
}
