import { Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import type { BlockElement, SectionElement } from '../../../shared/document/briefing-body';
import { createBriefingEditor } from '../create-briefing-editor';
import { commandForKeyStroke, isWindowCommand, runEditorCommand } from '../hotkeys';
import { changeListIndent, toggleList } from './lists';

const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const item = (text: string, indent = 0, listType: 'numbered' | 'bulleted' = 'numbered'): BlockElement => ({
  type: 'list-item',
  listType,
  indent,
  children: [{ text }],
});
const body = (...children: BlockElement[]): SectionElement[] => [
  { type: 'section', sectionId: 's', heading: 'S', guidance: '', required: false, locked: true, children },
];

function editorWith(children: Descendant[]) {
  const editor = createBriefingEditor();
  editor.children = children;
  return editor;
}

const stroke = (key: string, code: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('lists', () => {
  it('turns the selected paragraphs into a numbered list and back', () => {
    const editor = editorWith(body(p('one'), p('two')));
    Transforms.select(editor, { anchor: { path: [0, 0, 0], offset: 0 }, focus: { path: [0, 1, 0], offset: 3 } });
    toggleList(editor, 'numbered');
    expect(editor.children).toEqual(body(item('one'), item('two')));
    toggleList(editor, 'numbered');
    expect(editor.children).toEqual(body(p('one'), p('two')));
  });

  it('Enter on an empty item leaves the list, as in Word', () => {
    const editor = editorWith(body(item('one'), item('')));
    Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
    editor.insertBreak();
    expect(editor.children).toEqual(body(item('one'), p('')));
  });

  it('Enter inside an item starts the next item of the same list', () => {
    const editor = editorWith(body(item('one', 1)));
    Transforms.select(editor, { path: [0, 0, 0], offset: 3 });
    editor.insertBreak();
    expect(editor.children).toEqual(body(item('one', 1), item('', 1)));
  });

  it('Tab and Shift+Tab change the level, never below 0', () => {
    const editor = editorWith(body(item('one')));
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    expect(changeListIndent(editor, 1)).toBe(true);
    expect(editor.children).toEqual(body(item('one', 1)));
    changeListIndent(editor, -1);
    changeListIndent(editor, -1);
    expect(editor.children).toEqual(body(item('one', 0)));
  });

  it('Backspace at the start of an item removes its number', () => {
    const editor = editorWith(body(p('before'), item('one')));
    Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
    editor.deleteBackward('character');
    expect(editor.children).toEqual(body(p('before'), p('one')));
  });
});

describe('Word shortcuts', () => {
  it('maps Ctrl (Cmd on macOS) shortcuts to commands, digits by key position', () => {
    expect(commandForKeyStroke(stroke('b', 'KeyB', { ctrlKey: true }), false)).toBe('bold');
    expect(commandForKeyStroke(stroke('b', 'KeyB', { metaKey: true }), true)).toBe('bold');
    expect(commandForKeyStroke(stroke('b', 'KeyB', { metaKey: true }), false)).toBeUndefined();
    expect(commandForKeyStroke(stroke('&', 'Digit7', { ctrlKey: true, shiftKey: true }), false)).toBe('numbered-list');
    expect(commandForKeyStroke(stroke('*', 'Digit8', { ctrlKey: true, shiftKey: true }), false)).toBe('bulleted-list');
    expect(commandForKeyStroke(stroke('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandForKeyStroke(stroke('y', 'KeyY', { ctrlKey: true }), false)).toBe('redo');
    expect(commandForKeyStroke(stroke('1', 'Digit1', { ctrlKey: true, altKey: true }), false)).toBe('heading-2');
  });

  it('leaves AltGr characters alone (Windows reports AltGr as Ctrl+Alt)', () => {
    expect(commandForKeyStroke(stroke('}', 'Digit0', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(commandForKeyStroke(stroke('@', 'Digit2', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(commandForKeyStroke(stroke('#', 'Digit3', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    // Word's New Comment is Ctrl+Alt+M; AltGr+M types "µ" on a German layout.
    expect(commandForKeyStroke(stroke('m', 'KeyM', { ctrlKey: true, altKey: true }), false)).toBe('comment');
    expect(commandForKeyStroke(stroke('µ', 'KeyM', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
  });

  it('leaves Tab to the browser outside a list, so keyboard users can move on', () => {
    const editor = editorWith(body(p('text')));
    Transforms.select(editor, { path: [0, 0, 0], offset: 0 });
    const command = commandForKeyStroke(stroke('Tab', 'Tab'), false);
    expect(command).toBe('indent');
    expect(command && !isWindowCommand(command) && runEditorCommand(editor, command)).toBe(false);
  });

  it('Ctrl+Alt+1 makes a heading, and Enter after it continues with a paragraph', () => {
    const editor = editorWith(body(p('Title')));
    Transforms.select(editor, { path: [0, 0, 0], offset: 5 });
    runEditorCommand(editor, 'heading-2');
    editor.insertBreak();
    expect(editor.children).toEqual(body({ type: 'heading', level: 2, children: [{ text: 'Title' }] }, p('')));
  });
});
