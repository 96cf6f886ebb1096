import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { insertVoidBlock, toggleBlockFormat } from './blocks/blocks';
import { changeListIndent, toggleList } from './lists/lists';
import { moveToCell } from './tables/table-commands';
import { clearMarks, toggleMark } from './marks/marks';

/** The subset of a keyboard event the shortcuts look at, so they can be tested without a DOM event. */
export interface KeyStroke {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type EditorCommand =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'superscript'
  | 'subscript'
  | 'clear-formatting'
  | 'undo'
  | 'redo'
  | 'heading-2'
  | 'heading-3'
  | 'heading-4'
  | 'paragraph'
  | 'numbered-list'
  | 'bulleted-list'
  | 'block-quote'
  | 'page-break'
  | 'horizontal-rule'
  | 'indent'
  | 'outdent';

/** Shortcuts that open a part of the window (a dialog, the find bar) rather than change the text. */
export type WindowCommand = 'link' | 'find' | 'replace' | 'comment' | 'table' | 'suggesting' | 'picture';

export const isWindowCommand = (command: EditorCommand | WindowCommand): command is WindowCommand =>
  command === 'link' || command === 'find' || command === 'replace' || command === 'comment' || command === 'table' || command === 'suggesting' || command === 'picture';

/**
 * Word's shortcuts, with Cmd in place of Ctrl on macOS. Digits are matched by
 * `code`, so Ctrl+Shift+7 works whatever symbol the layout puts on 7.
 */
export function commandForKeyStroke(stroke: KeyStroke, isMac: boolean): EditorCommand | WindowCommand | undefined {
  const primary = isMac ? stroke.metaKey : stroke.ctrlKey;
  const key = stroke.key.toLowerCase();
  // Word's Clear Formatting is Ctrl+Space on every platform (Cmd+Space is the Mac's Spotlight).
  if (stroke.ctrlKey && !stroke.metaKey && !stroke.altKey && !stroke.shiftKey && stroke.code === 'Space') return 'clear-formatting';
  if (!primary) {
    if (stroke.key === 'Tab' && !stroke.altKey) return stroke.shiftKey ? 'outdent' : 'indent';
    return undefined;
  }
  if (stroke.altKey && !stroke.shiftKey) {
    // Windows reports AltGr as Ctrl+Alt: AltGr+0 types "}" on German and Turkish layouts, AltGr+2 "@" on
    // Nordic ones. Only a stroke whose key is the digit itself is the heading shortcut.
    // New Comment is Word's Ctrl+Alt+M, matched by the letter typed, so AltGr+M ("µ") still types.
    if (key === 'm') return 'comment';
    if (!/^[0-9]$/.test(stroke.key)) return undefined;
    switch (stroke.code) {
      case 'Digit1':
        return 'heading-2';
      case 'Digit2':
        return 'heading-3';
      case 'Digit3':
        return 'heading-4';
      case 'Digit0':
        return 'paragraph';
      default:
        return undefined;
    }
  }
  if (stroke.altKey) return undefined;
  if (stroke.shiftKey) {
    if (stroke.code === 'Digit7') return 'numbered-list';
    if (stroke.code === 'Digit8') return 'bulleted-list';
    // Word: Ctrl+Shift+= (Ctrl++) superscript; Ctrl+Shift+X strikethrough, as in most editors.
    if (stroke.code === 'Equal') return 'superscript';
    if (key === 'x') return 'strikethrough';
    if (key === 'z') return 'redo';
    // Word's Track Changes: Ctrl+Shift+E turns Suggesting mode on and off.
    if (key === 'e') return 'suggesting';
    // Cmd+H hides the app on a Mac, so Replace is Cmd+Shift+H there, as in Word for Mac.
    if (key === 'h' && isMac) return 'replace';
    return undefined;
  }
  if (stroke.code === 'Equal') return 'subscript';
  if (stroke.key === 'Enter') return 'page-break';
  switch (key) {
    case 'b':
      return 'bold';
    case 'i':
      return 'italic';
    case 'u':
      return 'underline';
    case 'z':
      return 'undo';
    case 'y':
      return 'redo';
    case 'k':
      return 'link';
    case 'f':
      return 'find';
    case 'h':
      return isMac ? undefined : 'replace';
    default:
      return undefined;
  }
}

/** Runs a command; returns false when it did not apply (Tab outside a list), so the key keeps its default. */
export function runEditorCommand(editor: Editor, command: EditorCommand): boolean {
  switch (command) {
    case 'bold':
    case 'italic':
    case 'underline':
    case 'strikethrough':
    case 'superscript':
    case 'subscript':
      toggleMark(editor, command);
      return true;
    case 'clear-formatting':
      clearMarks(editor);
      return true;
    case 'block-quote':
      toggleBlockFormat(editor, { type: 'block-quote' });
      return true;
    case 'page-break':
    case 'horizontal-rule':
      insertVoidBlock(editor, command);
      return true;
    case 'undo':
      HistoryEditor.undo(editor);
      return true;
    case 'redo':
      HistoryEditor.redo(editor);
      return true;
    case 'heading-2':
      toggleBlockFormat(editor, { type: 'heading', level: 2 });
      return true;
    case 'heading-3':
      toggleBlockFormat(editor, { type: 'heading', level: 3 });
      return true;
    case 'heading-4':
      toggleBlockFormat(editor, { type: 'heading', level: 4 });
      return true;
    case 'paragraph':
      toggleBlockFormat(editor, { type: 'paragraph' });
      return true;
    case 'numbered-list':
      toggleList(editor, 'numbered');
      return true;
    case 'bulleted-list':
      toggleList(editor, 'bulleted');
      return true;
    case 'indent':
      // In a table, Tab moves to the next cell, as in Word.
      return moveToCell(editor, 1) || changeListIndent(editor, 1);
    case 'outdent':
      return moveToCell(editor, -1) || changeListIndent(editor, -1);
  }
}

export const isMacPlatform = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** How a shortcut reads in a tooltip on this platform. */
export function shortcutLabel(parts: string[], isMac: boolean): string {
  return parts.map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part === 'Alt' && isMac ? '⌥' : part)).join(isMac ? '' : '+');
}
