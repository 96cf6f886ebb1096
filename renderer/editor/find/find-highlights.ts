import { useEffect, useRef } from 'react';
import { Path, type Editor } from 'slate';
import { BlockHighlights, highlightsSupported } from '../block-highlights';
import { isPictureTextSpan, spanBlockPath, type BodySpan } from '../pictures/picture-text';
import type { FindSession } from './find-session';

/** The names of the matches in CSS: `::highlight(find-match)` and `::highlight(find-match-current)` in editor.css. */
export const findHighlightNames = { match: 'find-match', current: 'find-match-current' } as const;

/**
 * Draws the matches of Find over the text with the CSS Custom Highlight API, the current one in its own colour.
 * A new query changes no Slate decoration, so the 2,000 blocks of a long briefing are not rendered again for each
 * letter typed into the find field: the matches are counted from the text and drawn only near the screen.
 */
export function useFindHighlights(editor: Editor, session: FindSession | undefined, current: BodySpan | undefined): void {
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
    const matchesIn = (block: Parameters<FindSession['matchesIn']>[0] | Parameters<FindSession['matchesInPicture']>[0], path: Path) =>
      block.type === 'picture' ? session.matchesInPicture(block, path) : session.matchesIn(block, path);
    highlights.matches.show({ has: (block, path) => matchesIn(block, path).length > 0, ranges: matchesIn });
  }, [session]);

  useEffect(() => {
    const highlights = drawn.current;
    if (!highlights) return;
    if (!session || !current) {
      highlights.current.dispose();
      return;
    }
    // A match in a caption belongs to the picture; a match in the text, to the block holding its first leaf.
    const inBlock = (path: Path) => (isPictureTextSpan(current) ? Path.equals(path, current.picture) : Path.isAncestor(path, spanBlockPath(current)));
    highlights.current.show({ has: (_block, path) => inBlock(path), ranges: (_block, path) => (inBlock(path) ? [current] : []) });
  }, [session, current]);
}
