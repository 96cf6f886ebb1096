import { Editor, Element, Node, Path, Point, Range, Transforms, type NodeEntry } from 'slate';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type TableCellElement, type TableElement } from '../../../shared/document/briefing-body';
import { isBlock } from '../../../shared/document/briefing-normalization';
import { emptyTableCell, fittedWidths, isTable, isTableCell, newTable, resizedWidths } from '../../../shared/document/table-normalization';

/** The largest table the Insert table dialog offers; the model allows longer tables (paste, import). */
export const MAX_INSERTED_ROWS = 100;

export function tableAbove(editor: Editor, at?: Range | Path | Point): NodeEntry<TableElement> | undefined {
  return Editor.above(editor, { at, match: isTable, mode: 'lowest' });
}

function cellAbove(editor: Editor, at?: Range | Path | Point): NodeEntry<TableCellElement> | undefined {
  return Editor.above(editor, { at, match: isTableCell, mode: 'lowest' });
}

/** Where the caret is in a table: the table, its path, and the row and column of the cell. */
export function tablePosition(editor: Editor): { table: TableElement; path: Path; row: number; column: number } | undefined {
  if (!editor.selection) return undefined;
  const cell = cellAbove(editor, editor.selection.focus);
  const table = tableAbove(editor, editor.selection.focus);
  if (!cell || !table) return undefined;
  const [row, column] = cell[1].slice(table[1].length);
  if (row === undefined || column === undefined) return undefined;
  return { table: table[0], path: table[1], row, column };
}

export const isInTable = (editor: Editor): boolean => tablePosition(editor) !== undefined;

/**
 * Inserts a `rows` × `columns` table with a header row where the caret is, as
 * Word does: after the block the caret is in (the block itself when it is an
 * empty paragraph), with a paragraph after it when the table would end the
 * section, and the caret in the first cell.
 */
export function insertTable(editor: Editor, rows: number, columns: number): void {
  if (!editor.selection || isInTable(editor)) return;
  const safeRows = Math.min(Math.max(1, Math.floor(rows)), MAX_INSERTED_ROWS);
  const safeColumns = Math.min(Math.max(1, Math.floor(columns)), MAX_TABLE_COLUMNS);
  const block = Editor.above(editor, { at: editor.selection.focus, match: isBlock, mode: 'lowest' });
  if (!block) return;
  Editor.withoutNormalizing(editor, () => {
    const [node, path] = block;
    const emptyParagraph = node.type === 'paragraph' && Node.string(node) === '' && node.children.length === 1;
    const at = emptyParagraph ? path : Path.next(path);
    if (emptyParagraph) Transforms.removeNodes(editor, { at: path });
    Transforms.insertNodes(editor, newTable(safeRows, safeColumns), { at });
    const after = Path.next(at);
    if (!Node.has(editor, after)) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: after });
    Transforms.select(editor, Editor.start(editor, [...at, 0, 0]));
  });
}

/** A new row below (or above) the caret's row, as wide as the table; the caret moves into it. */
export function insertTableRow(editor: Editor, where: 'above' | 'below'): void {
  const position = tablePosition(editor);
  if (!position || position.table.children.length >= MAX_TABLE_ROWS) return;
  const columns = position.table.columnWidths.length;
  const index = where === 'above' ? position.row : position.row + 1;
  const at = [...position.path, index];
  Transforms.insertNodes(editor, { type: 'table-row', children: Array.from({ length: columns }, emptyTableCell) }, { at });
  Transforms.select(editor, Editor.start(editor, [...at, Math.min(position.column, columns - 1)]));
}

/** A new column left (or right) of the caret's cell, in every row; it takes an equal share of the width. */
export function insertTableColumn(editor: Editor, where: 'left' | 'right'): void {
  const position = tablePosition(editor);
  if (!position) return;
  const { table, path } = position;
  const columns = table.columnWidths.length;
  if (columns >= MAX_TABLE_COLUMNS) return;
  const index = where === 'left' ? position.column : position.column + 1;
  const widths = [...table.columnWidths];
  // A share of 1/columns before fitting is 1/(columns + 1) of the whole after.
  widths.splice(index, 0, 1 / columns);
  Editor.withoutNormalizing(editor, () => {
    table.children.forEach((_, row) => Transforms.insertNodes(editor, emptyTableCell(), { at: [...path, row, index] }));
    Transforms.setNodes(editor, { columnWidths: fittedWidths(widths, columns + 1) }, { at: path });
  });
  Transforms.select(editor, Editor.start(editor, [...path, position.row, index]));
}

/** Removes the caret's row; the last row takes the table with it. */
export function removeTableRow(editor: Editor): void {
  const position = tablePosition(editor);
  if (!position) return;
  if (position.table.children.length === 1) {
    removeTable(editor);
    return;
  }
  const { path, row, column } = position;
  Transforms.removeNodes(editor, { at: [...path, row] });
  const next = Math.min(row, position.table.children.length - 2);
  Transforms.select(editor, Editor.start(editor, [...path, next, column]));
  if (row === 0 && position.table.headerRow) Transforms.unsetNodes(editor, 'headerRow', { at: path });
}

/** Removes the caret's column from every row; its share of the width goes to the others. The last column takes the table with it. */
export function removeTableColumn(editor: Editor): void {
  const position = tablePosition(editor);
  if (!position) return;
  const { table, path, row, column } = position;
  const columns = table.columnWidths.length;
  if (columns === 1) {
    removeTable(editor);
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    table.children.forEach((_, index) => Transforms.removeNodes(editor, { at: [...path, index, column] }));
    Transforms.setNodes(editor, { columnWidths: fittedWidths(table.columnWidths.filter((_, index) => index !== column), columns - 1) }, { at: path });
  });
  Transforms.select(editor, Editor.start(editor, [...path, row, Math.min(column, columns - 2)]));
}

/** How much Widen column / Narrow column (and Alt+Shift+Right/Left) change a column: 5% of the table's width. */
export const COLUMN_WIDTH_STEP = 0.05;

/** Sets the table's column widths (proportions of its width) in one step, as a drag of a column border ends. */
export function setTableColumnWidths(editor: Editor, path: Path, widths: readonly number[]): void {
  const node = Node.has(editor, path) ? Node.get(editor, path) : undefined;
  if (!node || !isTable(node) || widths.length !== node.columnWidths.length) return;
  if (widths.every((width, index) => width === node.columnWidths[index])) return;
  Transforms.setNodes(editor, { columnWidths: fittedWidths(widths, widths.length) }, { at: path });
}

/**
 * Widens (or narrows) the caret's column by `COLUMN_WIDTH_STEP` of the table's
 * width, taken from (or given to) the column after it — the one before it for
 * the last column — so the other columns keep their widths. False when the
 * caret is not in a table of two or more columns or the column cannot change.
 */
export function changeColumnWidth(editor: Editor, direction: 1 | -1): boolean {
  const position = tablePosition(editor);
  if (!position || position.table.columnWidths.length < 2) return false;
  const { table, path, column } = position;
  const last = column === table.columnWidths.length - 1;
  const widths = last ? resizedWidths(table.columnWidths, column - 1, -direction * COLUMN_WIDTH_STEP) : resizedWidths(table.columnWidths, column, direction * COLUMN_WIDTH_STEP);
  if (widths.every((width, index) => width === table.columnWidths[index])) return false;
  setTableColumnWidths(editor, path, widths);
  return true;
}

/** Turns the first row into a header repeated on every page, or back into an ordinary row. */
export function toggleHeaderRow(editor: Editor): void {
  const position = tablePosition(editor);
  if (!position) return;
  if (position.table.headerRow) Transforms.unsetNodes(editor, 'headerRow', { at: position.path });
  else Transforms.setNodes(editor, { headerRow: true }, { at: position.path });
}

/** Removes the whole table; the caret goes to the block that takes its place. */
export function removeTable(editor: Editor): void {
  const position = tablePosition(editor);
  if (!position) return;
  const { path } = position;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    if (!Node.has(editor, path)) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: path });
  });
  Transforms.select(editor, Editor.start(editor, path));
}

/**
 * Tab and Shift+Tab in a table: the next or previous cell, row by row, with
 * the cell's text selected as in Word. Tab in the last cell adds a row. False
 * outside a table, so Tab keeps its meaning in lists.
 */
export function moveToCell(editor: Editor, step: 1 | -1): boolean {
  const position = tablePosition(editor);
  if (!position) return false;
  const { table, path } = position;
  const columns = table.columnWidths.length;
  const index = position.row * columns + position.column + step;
  if (index < 0) return true;
  if (index >= table.children.length * columns) {
    insertTableRow(editor, 'below');
    Transforms.select(editor, Editor.start(editor, [...path, table.children.length, 0]));
    return true;
  }
  const cellPath = [...path, Math.floor(index / columns), index % columns];
  Transforms.select(editor, Editor.range(editor, cellPath));
  return true;
}

/**
 * Keeps the table's shape while typing: Enter is a new line inside the cell,
 * Backspace at a cell's start and Delete at its end do not pull cells
 * together, and deleting a selection across cells empties those cells
 * rather than merging them.
 */
export function withTables(editor: Editor): Editor {
  const { insertBreak, deleteBackward, deleteForward, deleteFragment, insertSoftBreak } = editor;
  editor.insertBreak = () => {
    if (isInTable(editor)) {
      editor.insertText('\n');
      return;
    }
    insertBreak();
  };
  editor.insertSoftBreak = () => {
    if (isInTable(editor)) {
      editor.insertText('\n');
      return;
    }
    insertSoftBreak();
  };
  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const cell = cellAbove(editor, selection);
      if (cell && Point.equals(selection.anchor, Editor.start(editor, cell[1]))) return;
      // Backspace just after a table does not pull the paragraph into its last cell.
      const before = Editor.before(editor, selection);
      if (!cell && before && cellAbove(editor, before)) {
        const block = Editor.above(editor, { match: isBlock, mode: 'lowest' });
        if (block && Point.equals(selection.anchor, Editor.start(editor, block[1]))) {
          if (Node.string(block[0]) === '' && Element.isElement(block[0]) && block[0].type === 'paragraph') Transforms.removeNodes(editor, { at: block[1] });
          Transforms.select(editor, before);
          return;
        }
      }
    }
    deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const cell = cellAbove(editor, selection);
      if (cell && Point.equals(selection.anchor, Editor.end(editor, cell[1]))) return;
      const after = Editor.after(editor, selection);
      if (!cell && after && cellAbove(editor, after)) {
        const block = Editor.above(editor, { match: isBlock, mode: 'lowest' });
        if (block && Point.equals(selection.anchor, Editor.end(editor, block[1]))) return;
      }
    }
    deleteForward(unit);
  };
  editor.deleteFragment = (direction) => {
    const { selection } = editor;
    if (selection && Range.isExpanded(selection)) {
      const [start, end] = Range.edges(selection);
      const startCell = cellAbove(editor, start);
      const endCell = cellAbove(editor, end);
      if ((startCell || endCell) && !(startCell && endCell && Path.equals(startCell[1], endCell[1]))) {
        clearAcrossCells(editor, start, end);
        return;
      }
    }
    deleteFragment(direction);
  };
  return editor;
}

/** Empties the text of every cell between `start` and `end` (partly, for the first and last), leaving every row and column in place. */
function clearAcrossCells(editor: Editor, start: Point, end: Point): void {
  const startRef = Editor.pointRef(editor, start);
  Editor.withoutNormalizing(editor, () => {
    const ranges = Array.from(Editor.nodes(editor, { at: { anchor: start, focus: end }, match: (node) => isTableCell(node) || isBlock(node) }))
      .map(([, path]) => {
        const cellStart = Editor.start(editor, path);
        const cellEnd = Editor.end(editor, path);
        return Editor.rangeRef(editor, {
          anchor: Point.isAfter(start, cellStart) ? start : cellStart,
          focus: Point.isBefore(end, cellEnd) ? end : cellEnd,
        });
      });
    for (const ref of ranges.reverse()) {
      const range = ref.unref();
      if (range && Range.isExpanded(range)) Transforms.delete(editor, { at: range, hanging: true });
    }
  });
  const point = startRef.unref();
  if (point) Transforms.select(editor, point);
}
