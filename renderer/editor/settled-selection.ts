import { Transforms, type BaseRange, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * The selection as the person sees it. Slate learns of a keyboard selection
 * (Shift+End) from a throttled `selectionchange`, so a shortcut pressed right
 * after it would otherwise act on the selection from before.
 */
export function settledSelection(editor: Editor): BaseRange | null {
  const dom = typeof window === 'undefined' ? null : window.getSelection();
  if (dom && dom.rangeCount > 0 && ReactEditor.isFocused(editor)) {
    const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
    if (range) {
      Transforms.select(editor, range);
      return range;
    }
  }
  return editor.selection;
}
