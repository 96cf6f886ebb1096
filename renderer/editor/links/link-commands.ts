import { Editor, Range, Transforms, type NodeEntry } from 'slate';
import type { LinkElement } from '../../../shared/document/briefing-body';
import { isLink } from '../../../shared/document/briefing-normalization';

/** The link the selection is in (or starts in), if any. */
export function activeLink(editor: Editor): NodeEntry<LinkElement> | undefined {
  if (!editor.selection) return undefined;
  const [entry] = Editor.nodes<LinkElement>(editor, { match: isLink, at: Editor.unhangRange(editor, editor.selection) });
  return entry;
}

export const isLinkActive = (editor: Editor): boolean => activeLink(editor) !== undefined;

/**
 * Links the selection to `url`: the link the caret is in gets the new
 * address (and text, if given), a selected range is wrapped, and at a bare
 * caret `text` is inserted as a new link. The URL must pass `isAllowedLinkUrl`.
 */
export function setLink(editor: Editor, url: string, text?: string): void {
  const { selection } = editor;
  if (!selection) return;
  const existing = activeLink(editor);
  Editor.withoutNormalizing(editor, () => {
    if (existing) {
      const [link, path] = existing;
      Transforms.setNodes(editor, { url }, { at: path });
      if (text && text !== link.children.map((child) => child.text).join('')) {
        Transforms.insertText(editor, text, { at: Editor.range(editor, path) });
      }
      return;
    }
    if (Range.isCollapsed(selection)) {
      const label = text || url.replace(/^mailto:/i, '');
      Transforms.insertNodes(editor, { type: 'link', url, children: [{ text: label }] });
      return;
    }
    // Normalisation keeps links to text only, should the range hold a field reference.
    Transforms.wrapNodes(editor, { type: 'link', url, children: [] }, { split: true });
    Transforms.collapse(editor, { edge: 'end' });
  });
}

/** Removes the link around the selection, keeping its text. */
export function removeLink(editor: Editor): void {
  Transforms.unwrapNodes(editor, { match: isLink, split: true });
}
