import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type BlockElement, type FormattedText, type LinkElement, type TableElement } from '../briefing-body';
import { ELEMENT_NODE, type HtmlNode } from './html-node';

type Inline = FormattedText | LinkElement;

const elementChildren = (node: HtmlNode): HtmlNode[] => Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT_NODE);
const tagOf = (node: HtmlNode): string => node.nodeName.toLowerCase();

/** The rows of a table in order (thead, tbody, tfoot or bare), never those of a table nested in a cell. */
function rowsOf(table: HtmlNode): { row: HtmlNode; inHead: boolean }[] {
  const rows: { row: HtmlNode; inHead: boolean }[] = [];
  for (const child of elementChildren(table)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push({ row: child, inHead: false });
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const row of elementChildren(child)) if (tagOf(row) === 'tr') rows.push({ row, inHead: tag === 'thead' });
  }
  return rows;
}

/** A width as the HTML gives it (`width="208"`, `<col width="200">`): a positive number, or nothing. */
function widthOf(node: HtmlNode): number | undefined {
  const width = Number.parseFloat(node.getAttribute?.('width') ?? '');
  return Number.isFinite(width) && width > 0 ? width : undefined;
}

/** The blocks of a cell as one cell's inlines: its paragraphs become lines. */
function cellInlines(blocks: BlockElement[]): Inline[] {
  const inlines: Inline[] = [];
  for (const block of blocks) {
    if (block.type === 'table' || block.type === 'page-break' || block.type === 'horizontal-rule') continue;
    if (inlines.length > 0) inlines.push({ text: '\n' });
    for (const child of block.children) if (!('type' in child) || child.type === 'link') inlines.push(child);
  }
  return inlines;
}

/**
 * A pasted or imported HTML table (Word, LibreOffice, Google Docs, a web page)
 * as a briefing table: cells read by `readCell` with the same rules as any
 * pasted text, a merged cell (`colspan`) followed by empty cells so the
 * columns stay in line, the first row a header when it is in `<thead>` or
 * all `<th>`, and column widths from `<col width>` or the first row's
 * `width`s when the source gives them all. Undefined for a table of one
 * cell, which pages use for layout.
 */
export function tableFromHtml(table: HtmlNode, readCell: (cell: HtmlNode) => BlockElement[]): TableElement | undefined {
  const rows = rowsOf(table).slice(0, MAX_TABLE_ROWS);
  const cells = rows.map(({ row }) =>
    elementChildren(row)
      .filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th')
      .flatMap((cell) => {
        const span = Math.min(MAX_TABLE_COLUMNS, Math.max(1, Math.trunc(Number(cell.getAttribute?.('colspan') ?? '1')) || 1));
        return [{ cell, inlines: cellInlines(readCell(cell)) }, ...Array.from({ length: span - 1 }, () => ({ cell: undefined, inlines: [] as Inline[] }))];
      })
      .slice(0, MAX_TABLE_COLUMNS),
  ).filter((row) => row.length > 0);
  const columns = Math.max(0, ...cells.map((row) => row.length));
  if (columns === 0 || (columns === 1 && cells.length <= 1)) return undefined;
  const first = rows[0];
  const firstCells = first ? elementChildren(first.row).filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th') : [];
  // Word and Google Docs mark no header row in their HTML; a first row set all in bold is one.
  const allBold = (cells[0] ?? []).some(({ inlines }) => inlines.length > 0) && (cells[0] ?? []).every(({ inlines }) => inlines.every((inline) => !('text' in inline) || inline.text.trim() === '' || inline.bold === true));
  const headerRow = first !== undefined && (first.inHead || (firstCells.length > 0 && firstCells.every((cell) => tagOf(cell) === 'th')) || allBold);
  const colWidths = elementChildren(table)
    .flatMap((child) => (tagOf(child) === 'colgroup' ? elementChildren(child) : [child]))
    .filter((child) => tagOf(child) === 'col')
    .map(widthOf);
  const cellWidths = (cells[0] ?? []).map(({ cell }) => (cell ? widthOf(cell) : undefined));
  const given = [colWidths, cellWidths].find((widths) => widths.length === columns && widths.every((width) => width !== undefined)) as number[] | undefined;
  const total = given?.reduce((sum, width) => sum + width, 0) ?? columns;
  return {
    type: 'table',
    ...(headerRow && cells.length > 1 ? { headerRow: true as const } : {}),
    columnWidths: (given ?? Array.from({ length: columns }, () => 1)).map((width) => width / total),
    children: cells.map((row) => ({
      type: 'table-row',
      children: Array.from({ length: columns }, (_, index) => {
        const inlines = row[index]?.inlines ?? [];
        return { type: 'table-cell', children: inlines.length > 0 ? normalInlines(inlines) : [{ text: '' }] };
      }),
    })),
  };
}

const marksKey = ({ text: _text, ...marks }: FormattedText): string => JSON.stringify(Object.entries(marks).sort());

/** Slate's rule: an inline element has a text on each side, and neighbouring texts with the same marks are one. */
function normalInlines(inlines: Inline[]): [Inline, ...Inline[]] {
  const result: Inline[] = [];
  for (const inline of inlines) {
    const last = result.at(-1);
    if ('text' in inline && last && 'text' in last && marksKey(last) === marksKey(inline)) {
      result[result.length - 1] = { ...last, text: last.text + inline.text };
      continue;
    }
    if (!('text' in inline) && (result.length === 0 || !('text' in (result.at(-1) as Inline)))) result.push({ text: '' });
    result.push(inline);
  }
  if (!('text' in (result.at(-1) as Inline))) result.push({ text: '' });
  return result as [Inline, ...Inline[]];
}
