import { createContext } from 'react';

/** What the text's comment highlights show: which threads are resolved (not highlighted) and which one is open in the margin. */
export interface CommentHighlight {
  resolved: ReadonlySet<string>;
  active: string | undefined;
}

export const CommentHighlightContext = createContext<CommentHighlight>({ resolved: new Set(), active: undefined });

/** The leaf's class for its comment anchors: highlighted while any of them is open, stronger for the active one. */
export function commentAnchorClass(ids: readonly string[] | undefined, highlight: CommentHighlight): string | undefined {
  if (!ids) return undefined;
  const open = ids.filter((id) => !highlight.resolved.has(id));
  if (open.length === 0) return undefined;
  return highlight.active !== undefined && open.includes(highlight.active) ? 'comment-anchor comment-anchor-active' : 'comment-anchor';
}
