import type { Editor } from 'slate';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { MarkName } from '../../../shared/document/briefing-body';
import { isBlockFormatActive, type BlockFormat } from '../blocks/blocks';
import type { EditorCommand, WindowCommand } from '../hotkeys';
import { isLinkActive } from '../links/link-commands';
import { isListActive } from '../lists/lists';
import { isMarkActive } from '../marks/marks';
import { isInTable } from '../tables/table-commands';

export interface ToolbarButtonSpec {
  command: EditorCommand | WindowCommand;
  /** The button's name, from the interface catalogs. */
  label: MessageKey;
  icon: string;
  /** Keys as written in the tooltip; `Mod` is Ctrl, or ⌘ on a Mac. Empty when there is no shortcut. */
  shortcut: string[];
  /** The shortcut on a Mac when it differs. */
  macShortcut?: string[];
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
}

const mark = (name: MarkName) => (editor: Editor) => isMarkActive(editor, name);
const block = (format: BlockFormat) => (editor: Editor) => isBlockFormatActive(editor, format);

/** The toolbar, group by group, in Word's order. */
export const toolbarGroups: ToolbarButtonSpec[][] = [
  [
    { command: 'undo', label: 'toolbar.undo', icon: '↶', shortcut: ['Mod', 'Z'], isEnabled: (editor) => editor.history.undos.length > 0 },
    { command: 'redo', label: 'toolbar.redo', icon: '↷', shortcut: ['Mod', 'Y'], isEnabled: (editor) => editor.history.redos.length > 0 },
  ],
  [
    { command: 'bold', label: 'toolbar.bold', icon: 'B', shortcut: ['Mod', 'B'], isActive: mark('bold') },
    { command: 'italic', label: 'toolbar.italic', icon: 'I', shortcut: ['Mod', 'I'], isActive: mark('italic') },
    { command: 'underline', label: 'toolbar.underline', icon: 'U', shortcut: ['Mod', 'U'], isActive: mark('underline') },
    { command: 'strikethrough', label: 'toolbar.strikethrough', icon: 'S', shortcut: ['Mod', 'Shift', 'X'], isActive: mark('strikethrough') },
    { command: 'superscript', label: 'toolbar.superscript', icon: 'x²', shortcut: ['Mod', 'Shift', '='], isActive: mark('superscript') },
    { command: 'subscript', label: 'toolbar.subscript', icon: 'x₂', shortcut: ['Mod', '='], isActive: mark('subscript') },
    { command: 'clear-formatting', label: 'toolbar.clearFormatting', icon: 'T̸', shortcut: ['Ctrl', 'Space'] },
  ],
  [
    { command: 'heading-2', label: 'toolbar.heading', icon: 'H1', shortcut: ['Mod', 'Alt', '1'], isActive: block({ type: 'heading', level: 2 }) },
    { command: 'heading-3', label: 'toolbar.subheading', icon: 'H2', shortcut: ['Mod', 'Alt', '2'], isActive: block({ type: 'heading', level: 3 }) },
    { command: 'heading-4', label: 'toolbar.minorHeading', icon: 'H3', shortcut: ['Mod', 'Alt', '3'], isActive: block({ type: 'heading', level: 4 }) },
    { command: 'paragraph', label: 'toolbar.normalText', icon: '¶', shortcut: ['Mod', 'Alt', '0'], isActive: block({ type: 'paragraph' }) },
    { command: 'block-quote', label: 'toolbar.quote', icon: '❝', shortcut: [], isActive: block({ type: 'block-quote' }) },
  ],
  [
    { command: 'bulleted-list', label: 'toolbar.bulletedList', icon: '•≡', shortcut: ['Mod', 'Shift', '8'], isActive: (editor) => isListActive(editor, 'bulleted') },
    { command: 'numbered-list', label: 'toolbar.numberedList', icon: '1≡', shortcut: ['Mod', 'Shift', '7'], isActive: (editor) => isListActive(editor, 'numbered') },
    { command: 'outdent', label: 'toolbar.outdent', icon: '⇤', shortcut: ['Shift', 'Tab'] },
    { command: 'indent', label: 'toolbar.indent', icon: '⇥', shortcut: ['Tab'] },
  ],
  [
    { command: 'link', label: 'toolbar.link', icon: '🔗', shortcut: ['Mod', 'K'], isActive: isLinkActive },
    { command: 'page-break', label: 'toolbar.pageBreak', icon: '⤓', shortcut: ['Mod', 'Enter'] },
    { command: 'horizontal-rule', label: 'toolbar.horizontalRule', icon: '―', shortcut: [] },
    { command: 'table', label: 'toolbar.table', icon: '▦', shortcut: [], isEnabled: (editor) => !isInTable(editor) },
    { command: 'picture', label: 'toolbar.picture', icon: '▣', shortcut: [] },
  ],
  [
    { command: 'find', label: 'toolbar.find', icon: '⌕', shortcut: ['Mod', 'F'] },
    { command: 'replace', label: 'toolbar.replace', icon: '⇄', shortcut: ['Mod', 'H'], macShortcut: ['Mod', 'Shift', 'H'] },
  ],
];
