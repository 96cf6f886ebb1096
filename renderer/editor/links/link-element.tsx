import type { RenderElementProps } from 'slate-react';
import type { LinkElement as LinkNode } from '../../../shared/document/briefing-body';
import { useT } from '../../ui/interface-language';
import { useLinkOpener } from './link-opener';

/**
 * A link in the body. It is shown as a link but never followed from the
 * editor: a click places the caret, as in Word, and Ctrl+click (⌘-click)
 * asks the desktop to open it in the system browser after a confirm. The
 * address is in the tooltip so a person can see where it goes.
 */
export function LinkElement({ attributes, children, element }: RenderElementProps & { element: LinkNode }) {
  const openLink = useLinkOpener();
  const t = useT();
  return (
    <a
      {...attributes}
      href={element.url}
      title={t('link.tooltip', { url: element.url })}
      className="inline-link"
      onClick={(event) => {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) openLink(element.url);
      }}
    >
      {children}
    </a>
  );
}
