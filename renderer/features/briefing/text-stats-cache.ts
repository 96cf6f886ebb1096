import type { BlockElement, SectionElement } from '../../../shared/document/briefing-body';
import { textStats, type FieldResolver, type TextStats } from '../../../shared/document/text-stats';

/**
 * Word and character counts for the status bar, memoised per block: Slate
 * keeps unchanged blocks as the same objects, so a keystroke recounts one
 * block instead of the whole briefing. Counts add up because blocks and
 * sections are separated by line breaks, which count as neither.
 * Make a new cache when the field values change (`resolve` does).
 */
export class TextStatsCache {
  private readonly blocks = new WeakMap<BlockElement, TextStats>();

  constructor(private readonly resolve: FieldResolver) {}

  sections(sections: readonly SectionElement[]): TextStats {
    let words = 0;
    let characters = 0;
    for (const section of sections) {
      for (const block of section.children) {
        const stats = this.block(section, block);
        words += stats.words;
        characters += stats.characters;
      }
    }
    return { words, characters };
  }

  private block(section: SectionElement, block: BlockElement): TextStats {
    let stats = this.blocks.get(block);
    if (!stats) {
      stats = textStats([{ ...section, children: [block] }], this.resolve);
      this.blocks.set(block, stats);
    }
    return stats;
  }
}
