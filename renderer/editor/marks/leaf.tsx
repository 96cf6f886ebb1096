import type { ReactNode } from 'react';
import type { RenderLeafProps } from 'slate-react';
import type { FindDecoration } from '../find/find-session';

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
  const className = find.findCurrent ? 'find-match find-match-current' : find.findMatch ? 'find-match' : undefined;
  return (
    <span {...attributes} className={className}>
      {content}
    </span>
  );
}
