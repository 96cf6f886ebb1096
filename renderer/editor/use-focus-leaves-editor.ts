import { useEffect } from 'react';
import { type Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Keeps Slate's idea of focus and caret true when the keyboard moves between the text and anything beside it.
 *
 * Leaving: Slate ignores a blur that arrives while it is still placing the caret after a keystroke (its
 * `isUpdatingSelection`, cleared by a zero-delay timer that Chromium runs after queued input). A key that opens a
 * bar or a dialog right after typing (Ctrl+H after a word) then leaves Slate believing it has focus, and its
 * next render puts the selection back into the text, which in Chromium takes the keyboard from the find field.
 * Listening in the capture phase runs before Slate's own focus bookkeeping.
 *
 * Coming back by a click: the text takes focus before the browser moves the caret to where the click was. A
 * render in between (the page reacting to focus) puts Slate's old selection back into the page and marks it as
 * Slate's own change, so under load the click's caret was ignored and the next key replaced the words that were
 * selected before (seen in CI after a reply in the comments margin). The click's place becomes the selection
 * before the text takes focus.
 */
export function useFocusLeavesEditor(editor: Editor): void {
  useEffect(() => {
    const editorElement = (): HTMLElement | undefined => {
      try {
        return ReactEditor.toDOMNode(editor, editor);
      } catch {
        return undefined; // not mounted
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!ReactEditor.isFocused(editor) || !(event.target instanceof Node)) return;
      const element = editorElement();
      if (!element || element.contains(event.target)) return;
      ReactEditor.blur(editor); // the other element keeps the keyboard: blur only touches the text's own element
    };
    const onMouseDown = (event: MouseEvent) => {
      if (event.button !== 0 || event.shiftKey || event.detail > 1 || ReactEditor.isFocused(editor)) return;
      if (!(event.target instanceof Element)) return;
      const element = editorElement();
      if (!element || !element.contains(event.target) || element.getAttribute('contenteditable') !== 'true') return;
      if (event.target.closest('[contenteditable="false"]')) return; // a field, a picture: Slate selects those itself
      let range;
      try {
        range = ReactEditor.findEventRange(editor, event, { suppressThrow: true });
      } catch {
        return; // a point Slate cannot map: the browser and Slate settle it as before
      }
      if (range) Transforms.select(editor, range);
    };
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('mousedown', onMouseDown, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('mousedown', onMouseDown, true);
    };
  }, [editor]);
}
