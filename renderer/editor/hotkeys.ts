import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { insertVoidBlock, toggleBlockFormat } from './blocks/blocks';
import { changeListIndent, toggleList } from './lists/lists';
import { moveToCell } from './tables/table-commands';
import { clearMarks, toggleMark } from './marks/marks';
import { shortcutForKeyStroke, shortcuts, type EditorCommand, type KeyStroke, objectCommands, type NavigationCommand, type ObjectCommand, type WindowCommand } from '../../shared/keyboard/shortcuts';

const notTextCommands: ReadonlySet<string> = new Set<NavigationCommand | ObjectCommand>(['next-pane', 'previous-pane', 'leave-text', 'shortcuts-help', 'context-menu', ...objectCommands]);

export type { EditorCommand, KeyStroke, WindowCommand } from '../../shared/keyboard/shortcuts';

const windowCommands: readonly WindowCommand[] = ['link', 'find', 'replace', 'comment', 'table', 'suggesting', 'picture'];
const editorCommands: readonly (EditorCommand | WindowCommand)[] = shortcuts
  .map((shortcut) => shortcut.command)
  .filter((command): command is EditorCommand | WindowCommand => !notTextCommands.has(command));

export const isWindowCommand = (command: EditorCommand | WindowCommand): command is WindowCommand => windowCommands.includes(command as WindowCommand);

/**
 * Word's shortcuts, with Cmd in place of Ctrl on macOS, from the window's one table of shortcuts (`shortcuts`),
 * which the shortcuts help lists. Digits are matched by `code`, so Ctrl+Shift+7 works whatever symbol the layout
 * puts on 7.
 */
export function commandForKeyStroke(stroke: KeyStroke, isMac: boolean): EditorCommand | WindowCommand | undefined {
  return shortcutForKeyStroke(stroke, isMac, editorCommands);
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
