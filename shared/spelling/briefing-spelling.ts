import type { Briefing } from '../document/briefing';
import { isVoidBlock } from '../document/briefing-normalization';
import type { TextBlockElement } from '../document/briefing-body';
import { blockLanguages, blockMisspellings, blockText } from './block-spelling';
import type { Speller } from './speller';

/** A misspelt word of a briefing: where it is, the language it was checked in, and what to write instead. */
export interface BriefingMisspelling {
  word: string;
  /** Position of the section in the body, from 0. */
  sectionIndex: number;
  /** The section's heading as shown (empty for an untitled body). */
  section: string;
  /** Position of the paragraph (or heading, list item, quotation) in its section, from 0. */
  blockIndex: number;
  /** Characters from the start of that paragraph (a field reference counts as one). */
  offset: number;
  /** Set when the word is in a table's cell (the table is block `blockIndex`): its row and column, from 0. */
  cell?: { row: number; column: number };
  /** Set when the word is in a picture's caption or credit (the picture is block `blockIndex`). */
  picture?: 'caption' | 'credit';
  language: string;
  suggestions: string[];
}

type Place = Pick<BriefingMisspelling, 'cell' | 'picture'>;

/** A picture's caption or credit read as a paragraph of the briefing's language. */
const pictureText = (text: string): TextBlockElement => ({ type: 'paragraph', children: [{ text }] });

/** Every run of text the speller reads, in reading order: paragraphs, each table cell, each picture's caption and credit. */
interface SpelledText {
  sectionIndex: number;
  section: string;
  blockIndex: number;
  block: TextBlockElement;
  place: Place;
}

function textBlocks(briefing: Briefing): SpelledText[] {
  return briefing.body.flatMap((section, sectionIndex) =>
    section.children.flatMap((block, blockIndex): SpelledText[] => {
      const at = { sectionIndex, section: section.heading, blockIndex };
      if (block.type === 'table') {
        return block.children.flatMap((row, rowIndex) => row.children.map((cell, column) => ({ ...at, block: cell, place: { cell: { row: rowIndex, column } } })));
      }
      if (block.type === 'picture') {
        return (['caption', 'credit'] as const).flatMap((part) => (block[part].trim() === '' ? [] : [{ ...at, block: pictureText(block[part]), place: { picture: part } }]));
      }
      return isVoidBlock(block) ? [] : [{ ...at, block, place: {} }];
    }),
  );
}

/** Every misspelt word of a briefing's body in reading order, with up to five suggestions each. */
export async function briefingMisspellings(speller: Speller, briefing: Pick<Briefing, 'body' | 'language'>): Promise<BriefingMisspelling[]> {
  const blocks = textBlocks(briefing as Briefing);
  const languages = new Set(blocks.flatMap(({ block }) => blockLanguages(block, briefing.language)));
  for (const language of languages) await speller.prepare(language);
  const suggestions = new Map<string, string[]>();
  return blocks.flatMap(({ sectionIndex, section, blockIndex, block, place }) =>
    blockMisspellings(speller, block, briefing.language).map(({ word, start, language }) => {
      const key = `${language}\u0000${word}`;
      let found = suggestions.get(key);
      if (!found) {
        found = speller.suggest(word, language);
        suggestions.set(key, found);
      }
      return { word, sectionIndex, section, blockIndex, offset: [...blockText(block).text.slice(0, start)].length, ...place, language, suggestions: found };
    }),
  );
}
