import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { table } from '../../../tests/support/body-fixtures';
import { editorWith, p, section } from '../editor-fixtures';
import { runEditorCommand } from '../hotkeys';
import { resizedWidths } from '../../../shared/document/table-normalization';
import { changeColumnWidth, insertTable, insertTableColumn, insertTableRow, removeTableColumn, removeTableRow, setTableColumnWidths, toggleHeaderRow } from './table-commands';

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

  it('widens and narrows the caret’s column against its neighbour, never below 5%, the others unchanged', () => {
    const editor = editorWith([section('s', Object.assign(table([['A', 'B', 'C']]), { columnWidths: [0.5, 0.25, 0.25] }), p())]);
    Transforms.select(editor, { path: [0, 0, 0, 1, 0], offset: 0 });
    expect(changeColumnWidth(editor, 1)).toBe(true);
    expect(widthsAt(editor, [0, 0]).map((width) => Math.round(width * 100))).toEqual([50, 30, 20]);
    // The last column takes from (and gives to) the one before it.
    Transforms.select(editor, { path: [0, 0, 0, 2, 0], offset: 0 });
    expect(changeColumnWidth(editor, -1)).toBe(true);
    expect(widthsAt(editor, [0, 0]).map((width) => Math.round(width * 100))).toEqual([50, 35, 15]);
    for (let step = 0; step < 10; step += 1) changeColumnWidth(editor, -1);
    expect(widthsAt(editor, [0, 0]).map((width) => Math.round(width * 100))).toEqual([50, 45, 5]);
    expect(changeColumnWidth(editor, -1)).toBe(false);
    expect(widthsAt(editor, [0, 0]).reduce((sum, width) => sum + width, 0)).toBeCloseTo(1, 9);
    // Outside a table, or in a table of one column, nothing happens.
    const single = editorWith([section('s', table([['A']]), p('x'))]);
    Transforms.select(single, { path: [0, 0, 0, 0, 0], offset: 0 });
    expect(changeColumnWidth(single, 1)).toBe(false);
    Transforms.select(single, { path: [0, 1, 0], offset: 0 });
    expect(changeColumnWidth(single, 1)).toBe(false);
  });

  it('moves a column border by a share of the width, keeping the total and both columns at least the minimum', () => {
    expect(resizedWidths([0.5, 0.5], 0, 0.2)).toEqual([0.7, 0.30000000000000004]);
    expect(resizedWidths([0.5, 0.5], 0, 0.9)).toEqual([0.95, 0.050000000000000044]);
    expect(resizedWidths([0.5, 0.5], 0, -0.9)).toEqual([0.05, 0.95]);
    expect(resizedWidths([0.2, 0.3, 0.5], 1, 0.1)).toEqual([0.2, 0.4, 0.4]);
    expect(resizedWidths([0.5, 0.5], 1, 0.1)).toEqual([0.5, 0.5]);
    expect(resizedWidths([0.5, 0.5], 0, Number.NaN)).toEqual([0.5, 0.5]);
    // Twenty columns: the minimum is 2.5%.
    expect(resizedWidths(Array.from({ length: 20 }, () => 0.05), 0, -1)[0]).toBe(0.025);
    const editor = editorWith([section('s', table([['A', 'B']]), p())]);
    setTableColumnWidths(editor, [0, 0], [0.3, 0.7]);
    expect(widthsAt(editor, [0, 0])).toEqual([0.3, 0.7]);
    setTableColumnWidths(editor, [0, 0], [0.3, 0.3, 0.4]);
    expect(widthsAt(editor, [0, 0])).toEqual([0.3, 0.7]);
  });
});
