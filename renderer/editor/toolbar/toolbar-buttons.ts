import type { Editor } from 'slate';
import {
  Bold,
  Braces,
  Heading1,
  Heading2,
  Heading3,
  Image,
  IndentDecrease,
  IndentIncrease,
  Italic,
  Link,
  List,
  ListOrdered,
  MessageSquarePlus,
  Minus,
  PenLine,
  Pilcrow,
  Redo2,
  RemoveFormatting,
  Replace,
  Search,
  SeparatorHorizontal,
  SpellCheck,
  SpellCheck2,
  Strikethrough,
  Subscript,
  Superscript,
  Table,
  TextQuote,
  Underline,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { MarkName } from '../../../shared/document/briefing-body';
import { isBlockFormatActive, type BlockFormat } from '../blocks/blocks';
import type { EditorCommand, WindowCommand } from '../hotkeys';
import { isLinkActive } from '../links/link-commands';
import { isListActive } from '../lists/lists';
import { isMarkActive } from '../marks/marks';
import { isInTable } from '../tables/table-commands';

export type ToolbarCommand = EditorCommand | WindowCommand | 'field' | 'spelling-toggle' | 'check-spelling';

export interface ToolbarButtonSpec {
  command: ToolbarCommand;
  /** The button's accessible name, from the interface catalogs. */
  label: MessageKey;
  icon: LucideIcon;
  /** The group the button starts (a thin line before it). */
  groupStart?: boolean;
  /** Changes the text, so it is off in a read-only briefing. */
  changesText?: boolean;
  /** Left out of a read-only briefing altogether (commenting, suggesting). */
  editingOnly?: boolean;
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
}

const mark = (name: MarkName) => (editor: Editor) => isMarkActive(editor, name);
const block = (format: BlockFormat) => (editor: Editor) => isBlockFormatActive(editor, format);

/**
 * The toolbar's buttons, groups in Word's order with the day's tools (comment, suggesting, find) before the rarer
 * insertions: what does not fit the window's width goes, from the end, into the "More" menu. The keys in each
 * tooltip come from the one table of shortcuts (shared/keyboard).
 */
export const toolbarButtons: ToolbarButtonSpec[] = [
  { command: 'undo', label: 'toolbar.undo', icon: Undo2, changesText: true, isEnabled: (editor) => editor.history.undos.length > 0 },
  { command: 'redo', label: 'toolbar.redo', icon: Redo2, changesText: true, isEnabled: (editor) => editor.history.redos.length > 0 },
  { command: 'bold', label: 'toolbar.bold', icon: Bold, groupStart: true, changesText: true, isActive: mark('bold') },
  { command: 'italic', label: 'toolbar.italic', icon: Italic, changesText: true, isActive: mark('italic') },
  { command: 'underline', label: 'toolbar.underline', icon: Underline, changesText: true, isActive: mark('underline') },
  { command: 'strikethrough', label: 'toolbar.strikethrough', icon: Strikethrough, changesText: true, isActive: mark('strikethrough') },
  { command: 'superscript', label: 'toolbar.superscript', icon: Superscript, changesText: true, isActive: mark('superscript') },
  { command: 'subscript', label: 'toolbar.subscript', icon: Subscript, changesText: true, isActive: mark('subscript') },
  { command: 'clear-formatting', label: 'toolbar.clearFormatting', icon: RemoveFormatting, changesText: true },
  { command: 'heading-2', label: 'toolbar.heading', icon: Heading1, groupStart: true, changesText: true, isActive: block({ type: 'heading', level: 2 }) },
  { command: 'heading-3', label: 'toolbar.subheading', icon: Heading2, changesText: true, isActive: block({ type: 'heading', level: 3 }) },
  { command: 'heading-4', label: 'toolbar.minorHeading', icon: Heading3, changesText: true, isActive: block({ type: 'heading', level: 4 }) },
  { command: 'paragraph', label: 'toolbar.normalText', icon: Pilcrow, changesText: true, isActive: block({ type: 'paragraph' }) },
  { command: 'block-quote', label: 'toolbar.quote', icon: TextQuote, changesText: true, isActive: block({ type: 'block-quote' }) },
  { command: 'bulleted-list', label: 'toolbar.bulletedList', icon: List, groupStart: true, changesText: true, isActive: (editor) => isListActive(editor, 'bulleted') },
  { command: 'numbered-list', label: 'toolbar.numberedList', icon: ListOrdered, changesText: true, isActive: (editor) => isListActive(editor, 'numbered') },
  { command: 'outdent', label: 'toolbar.outdent', icon: IndentDecrease, changesText: true },
  { command: 'indent', label: 'toolbar.indent', icon: IndentIncrease, changesText: true },
  { command: 'link', label: 'toolbar.link', icon: Link, groupStart: true, changesText: true, isActive: isLinkActive },
  { command: 'comment', label: 'comments.add', icon: MessageSquarePlus, groupStart: true, editingOnly: true },
  { command: 'suggesting', label: 'suggestions.mode', icon: PenLine, editingOnly: true },
  { command: 'find', label: 'toolbar.find', icon: Search, groupStart: true },
  { command: 'replace', label: 'toolbar.replace', icon: Replace, changesText: true },
  { command: 'field', label: 'toolbar.insertField', icon: Braces, groupStart: true, changesText: true },
  { command: 'table', label: 'toolbar.table', icon: Table, changesText: true, isEnabled: (editor) => !isInTable(editor) },
  { command: 'picture', label: 'toolbar.picture', icon: Image, changesText: true },
  { command: 'page-break', label: 'toolbar.pageBreak', icon: SeparatorHorizontal, changesText: true },
  { command: 'horizontal-rule', label: 'toolbar.horizontalRule', icon: Minus, changesText: true },
  { command: 'spelling-toggle', label: 'spelling.toggleTitle', icon: SpellCheck, groupStart: true },
  { command: 'check-spelling', label: 'spelling.check', icon: SpellCheck2, changesText: true },
];
