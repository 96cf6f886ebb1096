import { createContext, useContext, useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { PictureElement } from '../../../shared/document/briefing-body';
import { commandForKeyStroke, isMacPlatform } from '../hotkeys';
import { caretOffsetIn, cleanPictureText, picturePathOf, selectInText, typePictureText, type PictureTextPart, type PictureTextSpan } from './picture-text';

/** What the editor around a caption or credit does with keys and the context menu there (spelling, Find, F7). */
export interface PictureTextActions {
  /** Whether the platform's own spell checker runs (only while the app's is off). */
  spellCheck: boolean;
  /** A key the field does not take itself; true when the editor handled it. `at` is the caret or selection. */
  onKeyDown(event: KeyboardEvent<HTMLElement>, at: PictureTextSpan): boolean;
  /** A right-click at `at`; true when the editor opened its own menu. */
  onContextMenu(event: MouseEvent<HTMLElement>, at: PictureTextSpan): boolean;
}

export const PictureTextContext = createContext<PictureTextActions | undefined>(undefined);

/** The characters [start, end) of the selection in a field, or the caret. */
function selectionIn(element: HTMLElement): { start: number; end: number } {
  const selection = element.ownerDocument.getSelection();
  const caret = caretOffsetIn(element) ?? (element.textContent ?? '').length;
  if (!selection || selection.rangeCount === 0) return { start: caret, end: caret };
  const range = selection.getRangeAt(0);
  if (!element.contains(range.endContainer)) return { start: caret, end: caret };
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.endContainer, range.endOffset);
  return { start: caret, end: before.toString().length };
}

/** The character offset under the pointer in a field's text. */
function offsetAtPoint(element: HTMLElement, x: number, y: number): number | undefined {
  const caret = element.ownerDocument.caretPositionFromPoint?.(x, y);
  if (!caret || !element.contains(caret.offsetNode)) return undefined;
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(caret.offsetNode, caret.offset);
  return before.toString().length;
}

export interface PictureTextFieldProps {
  element: PictureElement;
  part: PictureTextPart;
  label: string;
  placeholder: string;
  readOnly: boolean;
}

/**
 * A picture's caption or credit: one line of plain text the person edits in place, in the page's language and
 * direction. It is a small editable element of its own (`contenteditable="plaintext-only"`, a textbox to assistive
 * technology) rather than an `<input>`: the browser's highlights (spelling's underlines, Find's matches) can range
 * over an element's text, never over an input's value. Slate leaves an editable inside a void's non-editable part
 * alone (slate-dom's `hasDOMNode`), so the text never reaches the body's own text; each change is written to the
 * picture's property, and the element's text follows the property when something else (undo, Replace) changes it.
 */
export function PictureTextField({ element, part, label, placeholder, readOnly }: PictureTextFieldProps) {
  const editor = useSlateStatic();
  const actions = useContext(PictureTextContext);
  const field = useRef<HTMLDivElement>(null);
  /** Typing since the field took the keyboard, with nothing else edited in between, is one undo step. */
  const burst = useRef(false);
  const composing = useRef(false);
  const value = element[part];
  const pathNow = () => picturePathOf(editor, element);

  useLayoutEffect(() => {
    const node = field.current;
    if (!node || composing.current || node.textContent === value) return;
    const focused = node.ownerDocument.activeElement === node;
    const caret = focused ? caretOffsetIn(node) : undefined;
    node.textContent = value;
    if (focused) selectInText(node, Math.min(caret ?? value.length, value.length));
  }, [value]);

  const commit = () => {
    const node = field.current;
    if (!node || readOnly) return;
    const raw = node.textContent ?? '';
    const clean = cleanPictureText(raw, part);
    // A line break dropped in, the length passed, or a lone <br> left when the text was emptied: the field shows what is kept.
    if (clean !== raw || (clean === '' && node.childNodes.length > 0)) {
      const caret = caretOffsetIn(node);
      node.textContent = clean;
      if (clean !== '') selectInText(node, Math.min(caret ?? clean.length, clean.length));
    }
    if (clean === value) return;
    typePictureText(editor, pathNow(), part, clean, burst.current);
    burst.current = true;
  };

  const history = (undo: boolean) => {
    burst.current = false;
    if (undo) HistoryEditor.undo(editor);
    else HistoryEditor.redo(editor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Slate takes no key from here (not its text); the window's own keys (save, panes) still see them, as from an input.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault(); // one line
      return;
    }
    if (event.key === 'Escape') {
      // Back to the body, the picture selected.
      event.preventDefault();
      ReactEditor.focus(editor);
      Transforms.select(editor, Editor.start(editor, pathNow()));
      return;
    }
    const command = commandForKeyStroke(event, isMacPlatform());
    if (command === 'undo' || command === 'redo') {
      // The body's history holds every change of the picture: the same Ctrl+Z as in the text.
      event.preventDefault();
      history(command === 'undo');
      return;
    }
    const node = field.current;
    if (!node || !actions) return;
    const { start, end } = selectionIn(node);
    if (actions.onKeyDown(event, { picture: pathNow(), part, start, end })) event.preventDefault();
  };

  return (
    <div
      ref={field}
      className={`picture-text picture-${part}`}
      data-picture-text={part}
      // Read-only, it is the picture's caption as text, not a box that cannot be typed into.
      role={readOnly ? undefined : 'textbox'}
      aria-label={readOnly ? undefined : label}
      aria-placeholder={readOnly ? undefined : placeholder}
      aria-multiline={readOnly ? undefined : false}
      contentEditable={readOnly ? undefined : 'plaintext-only'}
      suppressContentEditableWarning
      tabIndex={readOnly ? undefined : 0}
      spellCheck={actions?.spellCheck ?? true}
      onFocus={() => {
        burst.current = false;
        // The picture is selected while its caption is written, so its tools show, as for a click on the picture.
        if (!readOnly) Transforms.select(editor, Editor.start(editor, pathNow()));
      }}
      onBlur={() => {
        burst.current = false;
      }}
      onBeforeInput={(event) => {
        const { inputType } = event.nativeEvent;
        if (inputType === 'insertParagraph' || inputType === 'insertLineBreak') event.preventDefault();
        if (inputType === 'historyUndo' || inputType === 'historyRedo') {
          event.preventDefault();
          history(inputType === 'historyUndo');
        }
      }}
      onInput={() => {
        if (!composing.current) commit();
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={() => {
        composing.current = false;
        commit();
      }}
      onKeyDown={onKeyDown}
      onPaste={(event) => {
        // Plain text on one line, never the body's paste (pictures, formatting).
        event.stopPropagation();
        event.preventDefault();
        if (readOnly) return;
        const text = event.clipboardData.getData('text/plain').replace(/[\r\n\t]+/gu, ' ');
        // insertText keeps the browser's caret handling and fires `input`, which writes it to the picture.
        field.current?.ownerDocument.execCommand('insertText', false, text);
      }}
      onDrop={(event) => {
        event.stopPropagation();
        if (event.dataTransfer.files.length > 0) event.preventDefault();
      }}
      onContextMenu={(event) => {
        event.stopPropagation();
        const node = field.current;
        if (!node || !actions || readOnly) return;
        const offset = offsetAtPoint(node, event.clientX, event.clientY) ?? selectionIn(node).start;
        if (actions.onContextMenu(event, { picture: pathNow(), part, start: offset, end: offset })) event.preventDefault();
      }}
    />
  );
}
