import { useContext, type ReactNode } from 'react';
import type { RenderLeafProps } from 'slate-react';
import type { FindDecoration } from '../find/find-session';
import { commentAnchorClass, CommentHighlightContext } from '../comments/comment-highlight';
import { useSuggestionTitle } from '../suggestions/suggestion-title';
import { useMarksChangeTitle } from '../suggestions/marks-change';

/** Marks nest in a fixed order so the same formatting always gives the same DOM. */
export function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  let content: ReactNode = children as ReactNode;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  if (leaf.strikethrough) content = <s>{content}</s>;
  if (leaf.superscript) content = <sup>{content}</sup>;
  if (leaf.subscript) content = <sub>{content}</sub>;
  const find = leaf as FindDecoration;
  const findClass = find.findCurrent ? 'find-match find-match-current' : find.findMatch ? 'find-match' : undefined;
  const commentClass = commentAnchorClass(leaf.comments, useContext(CommentHighlightContext));
  const suggestionClass = leaf.suggestion ? `suggestion suggestion-${leaf.suggestion.kind}` : undefined;
  // Formatting a reviewer changed: a dotted underline in the formatting colour, as Word marks it.
  const marksClass = leaf.formatSuggestion ? 'suggestion-marks' : undefined;
  const suggestionTitle = useSuggestionTitle(leaf.suggestion);
  const marksTitle = useMarksChangeTitle(leaf);
  const className = [findClass, commentClass, suggestionClass, marksClass].filter(Boolean).join(' ') || undefined;
  const title = [suggestionTitle, marksTitle].filter(Boolean).join('\n') || undefined;
  return (
    // A passage in another language says so, for the reader's screen reader, hyphenation and fonts.
    <span {...attributes} className={className} lang={leaf.lang} data-comments={leaf.comments?.join(' ')} data-suggestion={leaf.suggestion?.id ?? leaf.formatSuggestion?.id} data-format-suggestion={leaf.formatSuggestion?.id} title={title}>
      {content}
    </span>
  );
}
