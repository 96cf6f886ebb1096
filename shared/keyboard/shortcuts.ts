import type { MenuCommand } from '../ipc/app-events';
import type { MessageKey } from '../i18n/messages';
import { menuCommandLabels } from '../i18n/menu-command-labels';

/**
 * Every keyboard shortcut of the window, once. The editor's and the window's key handlers match key strokes
 * against this table, the application menu takes its accelerators from it, and the shortcuts help (F1) lists it,
 * so the help cannot name a key that does something else.
 */

/** The subset of a keyboard event a shortcut looks at, so matching can be tested without a DOM event. */
export interface KeyStroke {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * One key with its modifiers. `primary` is Ctrl, or Cmd on a Mac; `ctrl` is the Ctrl key on every platform.
 * The key is matched by `key` (lower case) or, for digits and punctuation that move between layouts, by `code`.
 */
export interface Chord {
  primary?: boolean;
  ctrl?: boolean;
  shift?: boolean | 'any';
  alt?: boolean;
  key?: string;
  code?: string;
  /** How the key is written in the help and in tooltips. */
  label: string;
  /** Windows reports AltGr as Ctrl+Alt: a chord with Alt and a digit needs the digit itself as the key typed. */
  digitTyped?: boolean;
  /** Only on this platform. */
  platform?: 'mac' | 'other';
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

/** Keys that act on the selected object (a picture, a participant row, a table column) or start a pass over the text. */
export const objectCommands = ['move-up', 'move-down', 'widen-column', 'narrow-column', 'check-spelling'] as const;
export type ObjectCommand = (typeof objectCommands)[number];

/** Keys that move the keyboard around the window rather than act on the text. */
export type NavigationCommand = 'next-pane' | 'previous-pane' | 'leave-text' | 'shortcuts-help' | 'context-menu' | 'toggle-library';

export type ShortcutGroup = 'move' | 'text' | 'paragraph' | 'insert' | 'briefing';

export interface Shortcut {
  command: EditorCommand | WindowCommand | NavigationCommand | ObjectCommand;
  group: ShortcutGroup;
  label: MessageKey;
  /** Any of these does it. */
  chords: readonly Chord[];
  /** A key pressed after the chord (Escape, then Tab). */
  then?: Chord;
}

const mod = (key: string, extra: Partial<Chord> = {}): Chord => ({ primary: true, key: key.toLowerCase(), label: `Mod+${key}`, ...extra });

/** The window's and the editor's shortcuts, in the order the help lists them. */
export const shortcuts: readonly Shortcut[] = [
  { command: 'next-pane', group: 'move', label: 'shortcuts.nextPane', chords: [{ key: 'f6', label: 'F6' }, { ctrl: true, key: 'tab', label: 'Ctrl+Tab' }] },
  {
    command: 'previous-pane',
    group: 'move',
    label: 'shortcuts.previousPane',
    chords: [
      { key: 'f6', shift: true, label: 'Shift+F6' },
      { ctrl: true, shift: true, key: 'tab', label: 'Ctrl+Shift+Tab' },
    ],
  },
  { command: 'leave-text', group: 'move', label: 'shortcuts.leaveText', chords: [{ key: 'escape', label: 'Esc' }], then: { key: 'tab', shift: 'any', label: 'Tab' } },
  {
    command: 'context-menu',
    group: 'move',
    label: 'shortcuts.contextMenu',
    chords: [
      { key: 'contextmenu', label: 'Menu' },
      { key: 'f10', shift: true, label: 'Shift+F10' },
    ],
  },
  // As Notion's and Slack's sidebars: Ctrl+\ (Cmd+\ on a Mac) hides the library and shows it again.
  { command: 'toggle-library', group: 'move', label: 'shortcuts.toggleLibrary', chords: [{ primary: true, code: 'Backslash', label: 'Mod+\\' }] },
  {
    command: 'shortcuts-help',
    group: 'move',
    label: 'shortcuts.title',
    chords: [
      { key: 'f1', label: 'F1' },
      { key: '?', shift: 'any', label: '?' },
    ],
  },
  { command: 'undo', group: 'text', label: 'toolbar.undo', chords: [mod('Z')] },
  { command: 'redo', group: 'text', label: 'toolbar.redo', chords: [mod('Y'), mod('Z', { shift: true, label: 'Mod+Shift+Z' })] },
  { command: 'bold', group: 'text', label: 'toolbar.bold', chords: [mod('B')] },
  { command: 'italic', group: 'text', label: 'toolbar.italic', chords: [mod('I')] },
  { command: 'underline', group: 'text', label: 'toolbar.underline', chords: [mod('U')] },
  { command: 'strikethrough', group: 'text', label: 'toolbar.strikethrough', chords: [mod('X', { shift: true, label: 'Mod+Shift+X' })] },
  { command: 'superscript', group: 'text', label: 'toolbar.superscript', chords: [{ primary: true, shift: true, code: 'Equal', label: 'Mod+Shift+=' }] },
  { command: 'subscript', group: 'text', label: 'toolbar.subscript', chords: [{ primary: true, code: 'Equal', label: 'Mod+=' }] },
  // Word's Clear Formatting is Ctrl+Space on every platform (Cmd+Space is the Mac's Spotlight).
  { command: 'clear-formatting', group: 'text', label: 'toolbar.clearFormatting', chords: [{ ctrl: true, code: 'Space', label: 'Ctrl+Space' }] },
  { command: 'heading-2', group: 'paragraph', label: 'toolbar.heading', chords: [{ primary: true, alt: true, code: 'Digit1', digitTyped: true, label: 'Mod+Alt+1' }] },
  { command: 'heading-3', group: 'paragraph', label: 'toolbar.subheading', chords: [{ primary: true, alt: true, code: 'Digit2', digitTyped: true, label: 'Mod+Alt+2' }] },
  { command: 'heading-4', group: 'paragraph', label: 'toolbar.minorHeading', chords: [{ primary: true, alt: true, code: 'Digit3', digitTyped: true, label: 'Mod+Alt+3' }] },
  { command: 'paragraph', group: 'paragraph', label: 'toolbar.normalText', chords: [{ primary: true, alt: true, code: 'Digit0', digitTyped: true, label: 'Mod+Alt+0' }] },
  { command: 'bulleted-list', group: 'paragraph', label: 'toolbar.bulletedList', chords: [{ primary: true, shift: true, code: 'Digit8', label: 'Mod+Shift+8' }] },
  { command: 'numbered-list', group: 'paragraph', label: 'toolbar.numberedList', chords: [{ primary: true, shift: true, code: 'Digit7', label: 'Mod+Shift+7' }] },
  // In a list Tab indents as in Word (in a table it moves to the next cell); elsewhere it leaves the text.
  { command: 'indent', group: 'paragraph', label: 'toolbar.indent', chords: [{ key: 'tab', label: 'Tab' }] },
  { command: 'outdent', group: 'paragraph', label: 'toolbar.outdent', chords: [{ key: 'tab', shift: true, label: 'Shift+Tab' }] },
  // As Word moves a paragraph or a table row: the selected picture in the text, the participant row being edited.
  {
    command: 'move-up',
    group: 'paragraph',
    label: 'shortcuts.moveUp',
    chords: [
      { alt: true, shift: true, key: 'arrowup', label: 'Alt+Shift+↑' },
      { alt: true, key: 'arrowup', label: 'Alt+↑' },
    ],
  },
  {
    command: 'move-down',
    group: 'paragraph',
    label: 'shortcuts.moveDown',
    chords: [
      { alt: true, shift: true, key: 'arrowdown', label: 'Alt+Shift+↓' },
      { alt: true, key: 'arrowdown', label: 'Alt+↓' },
    ],
  },
  { command: 'widen-column', group: 'paragraph', label: 'shortcuts.widenColumn', chords: [{ alt: true, shift: true, key: 'arrowright', label: 'Alt+Shift+→' }] },
  { command: 'narrow-column', group: 'paragraph', label: 'shortcuts.narrowColumn', chords: [{ alt: true, shift: true, key: 'arrowleft', label: 'Alt+Shift+←' }] },
  { command: 'link', group: 'insert', label: 'toolbar.link', chords: [mod('K')] },
  { command: 'page-break', group: 'insert', label: 'toolbar.pageBreak', chords: [mod('Enter')] },
  // New Comment is Word's Ctrl+Alt+M, matched by the letter typed, so AltGr+M ("µ") still types.
  { command: 'comment', group: 'insert', label: 'shortcuts.comment', chords: [mod('M', { alt: true, label: 'Mod+Alt+M' })] },
  // Word's Track Changes.
  { command: 'suggesting', group: 'insert', label: 'shortcuts.suggesting', chords: [mod('E', { shift: true, label: 'Mod+Shift+E' })] },
  // Word's Spelling and Grammar.
  { command: 'check-spelling', group: 'briefing', label: 'spelling.check', chords: [{ key: 'f7', label: 'F7' }] },
  { command: 'find', group: 'briefing', label: 'toolbar.find', chords: [mod('F')] },
  // Cmd+H hides the app on a Mac, so Replace is Cmd+Shift+H there, as in Word for Mac.
  { command: 'replace', group: 'briefing', label: 'toolbar.replace', chords: [mod('H', { platform: 'other' }), mod('H', { shift: true, platform: 'mac', label: 'Mod+Shift+H' })] },
];

/** The application menu's accelerators, in Electron's notation, per platform. */
export const menuAccelerators: Partial<Record<MenuCommand, { mac: string; other: string }>> = {
  'new-briefing': { mac: 'CmdOrCtrl+N', other: 'CmdOrCtrl+N' },
  'save-now': { mac: 'CmdOrCtrl+S', other: 'CmdOrCtrl+S' },
  export: { mac: 'CmdOrCtrl+E', other: 'CmdOrCtrl+E' },
  'open-settings': { mac: 'Cmd+,', other: 'Ctrl+,' },
  find: { mac: 'CmdOrCtrl+F', other: 'CmdOrCtrl+F' },
  replace: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' },
  'show-library': { mac: 'CmdOrCtrl+Shift+L', other: 'CmdOrCtrl+Shift+L' },
  'open-directory': { mac: 'CmdOrCtrl+Shift+D', other: 'CmdOrCtrl+Shift+D' },
  'open-in-new-window': { mac: 'CmdOrCtrl+Shift+N', other: 'CmdOrCtrl+Shift+N' },
};

export const menuAccelerator = (command: MenuCommand, isMac: boolean): string | undefined => menuAccelerators[command]?.[isMac ? 'mac' : 'other'];

/** Does this key stroke press this chord? Modifiers must match exactly (Shift may be "any"). */
export function matchesChord(stroke: KeyStroke, chord: Chord, isMac: boolean): boolean {
  if (chord.platform && chord.platform !== (isMac ? 'mac' : 'other')) return false;
  if (chord.ctrl) {
    if (!stroke.ctrlKey || stroke.metaKey) return false;
  } else if ((isMac ? stroke.metaKey : stroke.ctrlKey) !== Boolean(chord.primary)) return false;
  if (chord.shift !== 'any' && stroke.shiftKey !== Boolean(chord.shift)) return false;
  if (stroke.altKey !== Boolean(chord.alt)) return false;
  if (chord.digitTyped && !/^[0-9]$/.test(stroke.key)) return false;
  if (chord.code !== undefined) return stroke.code === chord.code;
  return stroke.key.toLowerCase() === chord.key;
}

/** The shortcut a key stroke presses, among those of the given commands (all when not given). */
export function shortcutForKeyStroke<C extends Shortcut['command']>(stroke: KeyStroke, isMac: boolean, among?: readonly C[]): C | undefined {
  for (const shortcut of shortcuts) {
    if (among && !among.includes(shortcut.command as C)) continue;
    if (shortcut.chords.some((chord) => matchesChord(stroke, chord, isMac))) return shortcut.command as C;
  }
  return undefined;
}

/** How a chord is written on this platform: Ctrl+B, or ⌘B on a Mac. */
export function chordLabel(label: string, isMac: boolean): string {
  const parts = label.split('+').map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part === 'Alt' && isMac ? '⌥' : part));
  return parts.join(isMac ? '' : '+');
}

/** How an Electron accelerator is written in the help on this platform. */
export const acceleratorLabel = (accelerator: string, isMac: boolean): string => chordLabel(accelerator.replace(/^(CmdOrCtrl|Cmd|Ctrl)\+/, 'Mod+'), isMac);

/** The menu commands the help lists with their accelerators, named as the menu names them. */
export const menuShortcuts = (Object.keys(menuAccelerators) as MenuCommand[]).filter((command) => command !== 'find' && command !== 'replace').map((command) => ({ command, label: menuCommandLabels[command] }));
