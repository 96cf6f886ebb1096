import { useEffect, useRef } from 'react';
import { Path, type BaseRange, type Editor } from 'slate';
import { BlockHighlights, highlightsSupported } from '../block-highlights';
import type { FindSession } from './find-session';

/** The names of the matches in CSS: `::highlight(find-match)` and `::highlight(find-match-current)` in editor.css. */
export const findHighlightNames = { match: 'find-match', current: 'find-match-current' } as const;

/**
 * Draws the matches of Find over the text with the CSS Custom Highlight API, the current one in its own colour.
 * A new query changes no Slate decoration, so the 2,000 blocks of a long briefing are not rendered again for each
 * letter typed into the find field: the matches are counted from the text and drawn only near the screen.
 */
export function useFindHighlights(editor: Editor, session: FindSession | undefined, current: BaseRange | undefined): void {
  const drawn = useRef<{ matches: BlockHighlights; current: BlockHighlights } | undefined>(undefined);
  useEffect(() => {
    if (!highlightsSupported()) return;
    const highlights = { matches: new BlockHighlights(editor, findHighlightNames.match), current: new BlockHighlights(editor, findHighlightNames.current, 1) };
    drawn.current = highlights;
    return () => {
      highlights.matches.dispose();
      highlights.current.dispose();
      drawn.current = undefined;
    };
  }, [editor]);

  useEffect(() => {
    const highlights = drawn.current;
    if (!highlights) return;
    if (!session || session.query === '') {
      highlights.matches.dispose();
      return;
    }
    highlights.matches.show({ has: (block, path) => session.matchesIn(block, path).length > 0, ranges: (block, path) => session.matchesIn(block, path) });
  }, [session]);

  useEffect(() => {
    const highlights = drawn.current;
    if (!highlights) return;
    if (!session || !current) {
      highlights.current.dispose();
      return;
    }
    const inBlock = (path: Path) => Path.isAncestor(path, current.anchor.path);
    highlights.current.show({ has: (_block, path) => inBlock(path), ranges: (_block, path) => (inBlock(path) ? [current] : []) });
  }, [session, current]);
}
