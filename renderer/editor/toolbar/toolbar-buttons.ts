import type { Editor } from 'slate';
import type { MarkName } from '../../../shared/document/briefing-body';
import { isBlockFormatActive, type BlockFormat } from '../blocks/blocks';
import type { EditorCommand, WindowCommand } from '../hotkeys';
import { isLinkActive } from '../links/link-commands';
import { isListActive } from '../lists/lists';
import { isMarkActive } from '../marks/marks';

export interface ToolbarButtonSpec {
  command: EditorCommand | WindowCommand;
  label: string;
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
    { command: 'undo', label: 'Undo', icon: '↶', shortcut: ['Mod', 'Z'], isEnabled: (editor) => editor.history.undos.length > 0 },
    { command: 'redo', label: 'Redo', icon: '↷', shortcut: ['Mod', 'Y'], isEnabled: (editor) => editor.history.redos.length > 0 },
  ],
  [
    { command: 'bold', label: 'Bold', icon: 'B', shortcut: ['Mod', 'B'], isActive: mark('bold') },
    { command: 'italic', label: 'Italic', icon: 'I', shortcut: ['Mod', 'I'], isActive: mark('italic') },
    { command: 'underline', label: 'Underline', icon: 'U', shortcut: ['Mod', 'U'], isActive: mark('underline') },
    { command: 'strikethrough', label: 'Strikethrough', icon: 'S', shortcut: ['Mod', 'Shift', 'X'], isActive: mark('strikethrough') },
    { command: 'superscript', label: 'Superscript', icon: 'x²', shortcut: ['Mod', 'Shift', '='], isActive: mark('superscript') },
    { command: 'subscript', label: 'Subscript', icon: 'x₂', shortcut: ['Mod', '='], isActive: mark('subscript') },
    { command: 'clear-formatting', label: 'Clear formatting', icon: 'T̸', shortcut: ['Ctrl', 'Space'] },
  ],
  [
    { command: 'heading-2', label: 'Heading', icon: 'H1', shortcut: ['Mod', 'Alt', '1'], isActive: block({ type: 'heading', level: 2 }) },
    { command: 'heading-3', label: 'Subheading', icon: 'H2', shortcut: ['Mod', 'Alt', '2'], isActive: block({ type: 'heading', level: 3 }) },
    { command: 'heading-4', label: 'Minor heading', icon: 'H3', shortcut: ['Mod', 'Alt', '3'], isActive: block({ type: 'heading', level: 4 }) },
    { command: 'paragraph', label: 'Normal text', icon: '¶', shortcut: ['Mod', 'Alt', '0'], isActive: block({ type: 'paragraph' }) },
    { command: 'block-quote', label: 'Quote', icon: '❝', shortcut: [], isActive: block({ type: 'block-quote' }) },
  ],
  [
    { command: 'bulleted-list', label: 'Bulleted list', icon: '•≡', shortcut: ['Mod', 'Shift', '8'], isActive: (editor) => isListActive(editor, 'bulleted') },
    { command: 'numbered-list', label: 'Numbered list', icon: '1≡', shortcut: ['Mod', 'Shift', '7'], isActive: (editor) => isListActive(editor, 'numbered') },
    { command: 'outdent', label: 'Decrease indent', icon: '⇤', shortcut: ['Shift', 'Tab'] },
    { command: 'indent', label: 'Increase indent', icon: '⇥', shortcut: ['Tab'] },
  ],
  [
    { command: 'link', label: 'Link', icon: '🔗', shortcut: ['Mod', 'K'], isActive: isLinkActive },
    { command: 'page-break', label: 'Page break', icon: '⤓', shortcut: ['Mod', 'Enter'] },
    { command: 'horizontal-rule', label: 'Horizontal line', icon: '―', shortcut: [] },
  ],
  [
    { command: 'find', label: 'Find', icon: '⌕', shortcut: ['Mod', 'F'] },
    { command: 'replace', label: 'Replace', icon: '⇄', shortcut: ['Mod', 'H'], macShortcut: ['Mod', 'Shift', 'H'] },
  ],
];
