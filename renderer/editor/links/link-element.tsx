import type { RenderElementProps } from 'slate-react';
import type { LinkElement as LinkNode } from '../../../shared/document/briefing-body';

/**
 * A link in the body. It is shown as a link but never followed from the
 * editor: a click places the caret, as in Word. The address is in the title
 * so a person can see where it goes before exporting.
 */
export function LinkElement({ attributes, children, element }: RenderElementProps & { element: LinkNode }) {
  return (
    <a {...attributes} href={element.url} title={element.url} className="inline-link" onClick={(event) => event.preventDefault()}>
      {children}
    </a>
  );
}
