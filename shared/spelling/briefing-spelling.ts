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
  language: string;
  suggestions: string[];
}

function textBlocks(briefing: Briefing): { sectionIndex: number; section: string; blockIndex: number; block: TextBlockElement }[] {
  return briefing.body.flatMap((section, sectionIndex) =>
    section.children.flatMap((block, blockIndex) =>
      isVoidBlock(block) || block.type === 'table' || block.type === 'picture' ? [] : [{ sectionIndex, section: section.heading, blockIndex, block: block }],
    ),
  );
}

/** Every misspelt word of a briefing's body in reading order, with up to five suggestions each. */
export async function briefingMisspellings(speller: Speller, briefing: Pick<Briefing, 'body' | 'language'>): Promise<BriefingMisspelling[]> {
  const blocks = textBlocks(briefing as Briefing);
  const languages = new Set(blocks.flatMap(({ block }) => blockLanguages(block, briefing.language)));
  for (const language of languages) await speller.prepare(language);
  const suggestions = new Map<string, string[]>();
  return blocks.flatMap(({ sectionIndex, section, blockIndex, block }) =>
    blockMisspellings(speller, block, briefing.language).map(({ word, start, language }) => {
      const key = `${language}\u0000${word}`;
      let found = suggestions.get(key);
      if (!found) {
        found = speller.suggest(word, language);
        suggestions.set(key, found);
      }
      return { word, sectionIndex, section, blockIndex, offset: [...blockText(block).text.slice(0, start)].length, language, suggestions: found };
    }),
  );
}
