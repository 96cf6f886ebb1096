import type { Editor } from 'slate';
import { BlockHighlights, type HighlightSource } from '../editor/block-highlights';
import { pictureTextBlock, pictureTextParts } from '../editor/pictures/picture-text';
import { blockFound, pictureFound, type MisspellingCache } from './spelling-ranges';

export { highlightsSupported } from '../editor/block-highlights';

/** The name of the underlines in CSS: `::highlight(spelling-error)` in spelling.css draws them. */
export const spellingHighlightName = 'spelling-error';

/** The red wavy lines under misspelt words, for the results of one spelling check (see `BlockHighlights`). */
export class SpellingHighlights {
  private readonly highlights: BlockHighlights;
  private cache: MisspellingCache | undefined;
  private source: HighlightSource | undefined;

  constructor(editor: Editor) {
    this.highlights = new BlockHighlights(editor, spellingHighlightName);
  }

  /** Shows the results of `cache` now, and keeps them in place as the text changes. */
  show(cache: MisspellingCache): void {
    if (cache !== this.cache || !this.source) {
      this.cache = cache;
      this.source = {
        has: (block) =>
          block.type === 'picture' ? pictureTextParts.some((part) => Boolean(cache.get(pictureTextBlock(block, part))?.length)) : Boolean(cache.get(block)?.length),
        ranges: (block, path) => (block.type === 'picture' ? pictureFound(block, path, cache) : blockFound(block, path, cache)).map(({ range }) => range),
      };
    }
    this.highlights.show(this.source);
  }

  /** Takes this editor's underlines off the page and stops watching it. */
  dispose(): void {
    this.highlights.dispose();
  }
}
