import { Element, Text } from 'slate';
import type { TextBlockElement } from '../document/briefing-body';
import type { Speller } from './speller';

/** Where a text leaf sits in its block's text: its path below the block, its span and its own language, if any. */
export interface LeafSpan {
  path: number[];
  start: number;
  end: number;
  lang: string | undefined;
}

export interface BlockText {
  text: string;
  leaves: LeafSpan[];
}

/** A field reference reads as an object-replacement character: it ends a word and is never checked. */
const FIELD_REFERENCE = '\uFFFC';

/** The text of one block as spelling reads it, with where each leaf is. */
export function blockText(block: TextBlockElement): BlockText {
  let text = '';
  const leaves: LeafSpan[] = [];
  block.children.forEach((child, index) => {
    if (Text.isText(child)) {
      leaves.push({ path: [index], start: text.length, end: text.length + child.text.length, lang: child.lang });
      text += child.text;
    } else if (Element.isElement(child) && child.type === 'link') {
      child.children.forEach((leaf, leafIndex) => {
        leaves.push({ path: [index, leafIndex], start: text.length, end: text.length + leaf.text.length, lang: leaf.lang });
        text += leaf.text;
      });
    } else {
      text += FIELD_REFERENCE;
    }
  });
  return { text, leaves };
}

/** A stretch of a block's text in one language. */
export interface LanguageRun {
  start: number;
  end: number;
  language: string;
}

/** The block's text cut where its language changes: each leaf's own language, else the briefing's. */
export function languageRuns({ text, leaves }: BlockText, briefingLanguage: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let position = 0;
  for (const leaf of leaves) {
    const language = leaf.lang ?? briefingLanguage;
    // Field references between leaves belong to the run before them; they hold no words.
    const last = runs.at(-1);
    if (last && last.language === language) last.end = leaf.end;
    else if (last) {
      last.end = Math.max(last.end, leaf.start);
      runs.push({ start: leaf.start, end: leaf.end, language });
    } else runs.push({ start: 0, end: leaf.end, language });
    position = leaf.end;
  }
  const last = runs.at(-1);
  if (last) last.end = text.length;
  else if (text.length > position) runs.push({ start: 0, end: text.length, language: briefingLanguage });
  return runs;
}

/** A misspelt word of a block, in block-text offsets, with the language it was checked in. */
export interface BlockMisspelling {
  word: string;
  start: number;
  end: number;
  language: string;
}

/** The languages a block's text is written in. */
export function blockLanguages(block: TextBlockElement, briefingLanguage: string): string[] {
  return [...new Set(languageRuns(blockText(block), briefingLanguage).map((run) => run.language))];
}

/**
 * The misspelt words of one block, each checked in its own language. The
 * speller must have prepared those languages (see `Speller.prepare`); text in
 * a language without a dictionary is not flagged.
 */
export function blockMisspellings(speller: Speller, block: TextBlockElement, briefingLanguage: string): BlockMisspelling[] {
  const content = blockText(block);
  return languageRuns(content, briefingLanguage).flatMap(({ start, end, language }) =>
    speller
      .misspellings({ text: content.text.slice(start, end), language })
      .map((found) => ({ word: found.word, start: start + found.start, end: start + found.end, language })),
  );
}
