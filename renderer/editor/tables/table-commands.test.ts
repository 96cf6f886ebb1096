import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { table } from '../../../tests/support/body-fixtures';
import { editorWith, p, section } from '../editor-fixtures';
import { runEditorCommand } from '../hotkeys';
import { insertTable, insertTableColumn, insertTableRow, removeTableColumn, removeTableRow, toggleHeaderRow } from './table-commands';

const cellTexts = (editor: Editor, at: number[]) => {
  const node = Node.get(editor, at);
  if (!('type' in node) || node.type !== 'table') throw new Error('no table');
  return node.children.map((row) => row.children.map((cell) => Node.string(cell)));
};
const widthsAt = (editor: Editor, at: number[]) => {
  const node = Node.get(editor, at);
  return 'type' in node && node.type === 'table' ? node.columnWidths : [];
};

describe('table commands', () => {
  it('inserts a rows × columns table with a header row in an empty paragraph, with the caret in the first cell and a paragraph after', () => {
    const editor = editorWith([section('s', p('Signed:'), p())]);
    Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
    insertTable(editor, 2, 3);
    expect(editor.children).toEqual([section('s', p('Signed:'), table([['', '', ''], ['', '', '']]), p())]);
    expect(editor.selection?.anchor.path).toEqual([0, 1, 0, 0, 0]);
  });

  it('inserts the table after a paragraph with text, leaving the text', () => {
    const editor = editorWith([section('s', p('Signed:'), p('After'))]);
    Transforms.select(editor, { path: [0, 0, 0], offset: 3 });
    insertTable(editor, 1, 2);
    expect(editor.children).toEqual([section('s', p('Signed:'), table([['', '']]), p('After'))]);
  });

  it('Tab moves to the next cell, across rows, and adds a row from the last cell; Shift+Tab goes back', () => {
    const editor = editorWith([section('s', table([['A', 'B'], ['C', 'D']]), p())]);
    Transforms.select(editor, { path: [0, 0, 0, 1, 0], offset: 1 });
    expect(runEditorCommand(editor, 'indent')).toBe(true);
    expect(editor.selection?.anchor.path).toEqual([0, 0, 1, 0, 0]);
    expect(Editor.string(editor, editor.selection!)).toBe('C');
    runEditorCommand(editor, 'outdent');
    expect(editor.selection?.anchor.path).toEqual([0, 0, 0, 1, 0]);
    Transforms.select(editor, { path: [0, 0, 1, 1, 0], offset: 1 });
    runEditorCommand(editor, 'indent');
    expect(cellTexts(editor, [0, 0])).toEqual([['A', 'B'], ['C', 'D'], ['', '']]);
    expect(editor.selection?.anchor.path).toEqual([0, 0, 2, 0, 0]);
  });

  it('Enter is a new line inside the cell, not a new cell', () => {
    const editor = editorWith([section('s', table([['Memorandum']]), p())]);
    Transforms.select(editor, { path: [0, 0, 0, 0, 0], offset: 4 });
    editor.insertBreak();
    editor.insertText('x');
    expect(cellTexts(editor, [0, 0])).toEqual([['Memo\nxrandum']]);
  });

  it('Backspace at the start of a cell and Delete at its end leave the cells apart', () => {
    const editor = editorWith([section('s', table([['A', 'B']]), p())]);
    Transforms.select(editor, { path: [0, 0, 0, 1, 0], offset: 0 });
    editor.deleteBackward('character');
    Transforms.select(editor, { path: [0, 0, 0, 0, 0], offset: 1 });
    editor.deleteForward('character');
    expect(cellTexts(editor, [0, 0])).toEqual([['A', 'B']]);
  });

  it('deleting a selection across cells empties them and keeps every row and column', () => {
    const editor = editorWith([section('s', table([['Alpha', 'Beta'], ['Gamma', 'Delta']]), p())]);
    Transforms.select(editor, { anchor: { path: [0, 0, 0, 0, 0], offset: 2 }, focus: { path: [0, 0, 1, 0, 0], offset: 3 } });
    editor.deleteFragment();
    expect(cellTexts(editor, [0, 0])).toEqual([['Al', ''], ['ma', 'Delta']]);
  });

  it('adds and removes rows and columns, keeping the widths as shares of the whole', () => {
    const editor = editorWith([section('s', table([['A', 'B'], ['C', 'D']]), p())]);
    Transforms.select(editor, { path: [0, 0, 1, 0, 0], offset: 0 });
    insertTableRow(editor, 'above');
    expect(cellTexts(editor, [0, 0])).toEqual([['A', 'B'], ['', ''], ['C', 'D']]);
    insertTableColumn(editor, 'right');
    expect(cellTexts(editor, [0, 0])).toEqual([['A', '', 'B'], ['', '', ''], ['C', '', 'D']]);
    expect(widthsAt(editor, [0, 0]).map((width) => width.toFixed(3))).toEqual(['0.333', '0.333', '0.333']);
    removeTableColumn(editor);
    removeTableRow(editor);
    expect(cellTexts(editor, [0, 0])).toEqual([['A', 'B'], ['C', 'D']]);
    expect(widthsAt(editor, [0, 0])).toEqual([0.5, 0.5]);
  });

  it('the header row turns off and on', () => {
    const editor = editorWith([section('s', table([['A']]), p())]);
    Transforms.select(editor, { path: [0, 0, 0, 0, 0], offset: 0 });
    toggleHeaderRow(editor);
    expect(editor.children).toEqual([section('s', table([['A']], false), p())]);
    toggleHeaderRow(editor);
    expect(editor.children).toEqual([section('s', table([['A']]), p())]);
  });

  it('a heading or list command inside a cell changes nothing', () => {
    const editor = editorWith([section('s', table([['A']]), p())]);
    Transforms.select(editor, { path: [0, 0, 0, 0, 0], offset: 0 });
    runEditorCommand(editor, 'heading-2');
    runEditorCommand(editor, 'bulleted-list');
    expect(editor.children).toEqual([section('s', table([['A']]), p())]);
  });
});
