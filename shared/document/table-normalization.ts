import { type Editor, Element, Transforms, type Node, type NodeEntry } from 'slate';
import { MAX_TABLE_COLUMNS, type BlockElement, type InlineNode, type TextBlockElement, type TableCellElement, type TableElement, type TableRowElement } from './briefing-body';
import './slate-types';

export function isTable(node: Node): node is TableElement {
  return Element.isElement(node) && node.type === 'table';
}

export function isTableRow(node: Node): node is TableRowElement {
  return Element.isElement(node) && node.type === 'table-row';
}

export function isTableCell(node: Node): node is TableCellElement {
  return Element.isElement(node) && node.type === 'table-cell';
}

/** An empty cell, as inserted, padded in or pasted. */
export const emptyTableCell = (): TableCellElement => ({ type: 'table-cell', children: [{ text: '' }] });

/** A new table of `rows` × `columns` empty cells, equal widths, the first row a header. */
export function newTable(rows: number, columns: number): TableElement {
  return {
    type: 'table',
    headerRow: true,
    columnWidths: equalWidths(columns),
    children: Array.from({ length: rows }, () => ({ type: 'table-row', children: Array.from({ length: columns }, emptyTableCell) })),
  };
}

export function equalWidths(columns: number): number[] {
  return Array.from({ length: columns }, () => 1 / columns);
}

/**
 * `widths` fitted to `columns` columns, as shares adding up to 1: a missing
 * column gets an equal share, a removed one gives its share back to the rest.
 */
export function fittedWidths(widths: readonly unknown[], columns: number): number[] {
  const usable = Array.from({ length: columns }, (_, index) => {
    const width = widths[index];
    return typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : Number.NaN;
  });
  const known = usable.filter((width) => !Number.isNaN(width));
  const fallback = known.length > 0 ? known.reduce((sum, width) => sum + width, 0) / known.length : 1;
  const filled = usable.map((width) => (Number.isNaN(width) ? fallback : width));
  const total = filled.reduce((sum, width) => sum + width, 0);
  return filled.map((width) => width / total);
}

/** The narrowest a column can be made by dragging or with Widen/Narrow column: 5% of the width, less only when there are more than ten columns. */
export const minimumColumnShare = (columns: number): number => Math.min(0.05, 1 / (2 * columns));

/**
 * The widths after the border between column `border` and the next one moved
 * by `delta` of the table's width (positive: column `border` grows, its
 * neighbour shrinks). Only those two change, so the others keep their
 * proportions and the total stays 1; neither becomes narrower than
 * `minimumColumnShare`. Shares are kept to four decimals.
 */
export function resizedWidths(widths: readonly number[], border: number, delta: number): number[] {
  const left = widths[border];
  const right = widths[border + 1];
  if (left === undefined || right === undefined || !Number.isFinite(delta)) return [...widths];
  const minimum = minimumColumnShare(widths.length);
  const pair = left + right;
  // Two columns already narrower together than two minimums (from a pasted table) stay as they are.
  if (pair < 2 * minimum) return [...widths];
  const grown = Math.min(pair - minimum, Math.max(minimum, Math.round((left + delta) * 10_000) / 10_000));
  const next = [...widths];
  next[border] = grown;
  next[border + 1] = pair - grown;
  return next;
}

function widthsFit(widths: readonly unknown[], columns: number): boolean {
  if (widths.length !== columns) return false;
  let total = 0;
  for (const width of widths) {
    if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0 || width > 1) return false;
    total += width;
  }
  return Math.abs(total - 1) < 0.001;
}

/**
 * The table rules, one fix per call as Slate expects; true when it changed
 * something. A table holds only rows, a row only cells, a cell only running
 * text; whatever else got in is wrapped or unwrapped into place, and every
 * row is padded to the widest, so the table stays rectangular whatever the
 * edit (paste, a deletion across cells, an old file).
 */
export function normalizeTableNode(editor: Editor, [node, path]: NodeEntry): boolean {
  if (isTable(node)) {
    if (node.children.length === 0) return false; // Slate gives it an empty text first; that is wrapped next time.
    for (const [index, child] of node.children.entries()) {
      if (isTableRow(child)) continue;
      const at = [...path, index];
      if (isTable(child)) Transforms.unwrapNodes(editor, { at, voids: true });
      else if (isTableCell(child)) Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at });
      else Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at, voids: true });
      return true;
    }
    const rows = node.children;
    const columns = Math.max(...rows.map((row) => row.children.length));
    for (const [index, row] of rows.entries()) {
      if (row.children.length > 0 && row.children.length < columns) {
        const cells = Array.from({ length: columns - row.children.length }, emptyTableCell);
        Transforms.insertNodes(editor, cells, { at: [...path, index, row.children.length] });
        return true;
      }
    }
    if (columns > 0 && !widthsFit(Array.isArray(node.columnWidths) ? node.columnWidths : [], columns)) {
      Transforms.setNodes(editor, { columnWidths: fittedWidths(Array.isArray(node.columnWidths) ? node.columnWidths : [], columns) }, { at: path });
      return true;
    }
    return false;
  }
  if (isTableRow(node)) {
    for (const [index, child] of node.children.entries()) {
      if (isTableCell(child)) continue;
      const at = [...path, index];
      if (isTableRow(child) || isTable(child)) Transforms.unwrapNodes(editor, { at, voids: true });
      else Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at, voids: true });
      return true;
    }
    if (node.children.length > MAX_TABLE_COLUMNS) {
      // Wider than any table may be (a pasted spreadsheet): the overflow joins the last column rather than being lost.
      Transforms.mergeNodes(editor, { at: [...path, MAX_TABLE_COLUMNS] });
      return true;
    }
    return false;
  }
  if (isTableCell(node)) {
    // A cell holds running text only: a block, row or table that got inside gives up its wrapper.
    for (const [index, child] of node.children.entries()) {
      if (Element.isElement(child) && !editor.isInline(child)) {
        Transforms.unwrapNodes(editor, { at: [...path, index], voids: true });
        return true;
      }
    }
    return false;
  }
  return false;
}

/** A row or cell found directly in a section is put back inside a table of its own. */
export function wrapStrayTablePart(editor: Editor, child: Node, at: number[]): boolean {
  if (isTableCell(child)) {
    Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at });
    return true;
  }
  if (isTableRow(child)) {
    Transforms.wrapNodes(editor, { type: 'table', columnWidths: [], children: [] }, { at });
    return true;
  }
  return false;
}

/**
 * The runs of text a block holds, one list per paragraph-like part: the block's own
 * children, each cell of a table in reading order, nothing for a page break or rule.
 */
export function inlineGroupsOf(block: BlockElement): InlineNode[][] {
  if (block.type === 'table') return block.children.flatMap((row) => row.children.map((cell) => cell.children));
  if (block.type === 'page-break' || block.type === 'horizontal-rule' || block.type === 'picture') return [];
  return [block.children];
}

/** The text blocks of a section's block with their paths: the block itself, each cell of a table, nothing for a page break or rule. */
export function textBlockEntries(block: BlockElement, path: number[]): [TextBlockElement, number[]][] {
  if (block.type === 'table') return block.children.flatMap((row, rowIndex) => row.children.map((cell, cellIndex): [TextBlockElement, number[]] => [cell, [...path, rowIndex, cellIndex]]));
  if (block.type === 'page-break' || block.type === 'horizontal-rule' || block.type === 'picture') return [];
  return [[block, path]];
}
