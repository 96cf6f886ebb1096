import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { ExportBlock, ExportTable } from '../../../shared/document/export/export-document';
import type { TextDirection } from '../../../shared/document/text-direction';
import { directedTextRuns } from './docx-direction';
import { docxRuns } from './docx-blocks';

/** Relative column widths in the participants table's order (name, title, organisation, side, role), whatever the language of the headings. */
const columnShares = [2.4, 2.4, 3.6, 1, 1.8];

const borders = { style: 'single', size: 4, color: '8C8C8C' } as const;

function cell(text: string, header: boolean, direction: TextDirection): TableCell {
  return new TableCell({
    children: [new Paragraph({ spacing: { after: 0 }, children: directedTextRuns(text, direction, { bold: header || undefined }) })],
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF4' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/**
 * The participants as a Word table: a header row that repeats on every page
 * (`w:tblHeader`), full width, thin borders, with Word's "Table Grid" look
 * but no dependency on that style existing. `textWidth` (twips) is shared
 * out so organisations get the most room, as the PDF's automatic layout does.
 */
export function docxTable(table: ExportTable, textWidth: number, direction: TextDirection = 'ltr'): Table {
  const shares = table.columns.map((_column, index) => columnShares[index] ?? 1);
  const total = shares.reduce((sum, share) => sum + share, 0);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    // Right to left, the first column (Name) is on the right (w:bidiVisual), as in the PDF.
    visuallyRightToLeft: direction === 'rtl' || undefined,
    columnWidths: shares.map((share) => Math.floor((share / total) * textWidth)),
    borders: { top: borders, bottom: borders, left: borders, right: borders, insideHorizontal: borders, insideVertical: borders },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((column) => cell(column, true, direction)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value) => cell(value, false, direction)) })),
    ],
  });
}

/**
 * A table of the body as a Word table: the columns' shares of `textWidth`
 * (twips), thin borders, and a header row that repeats on every page
 * (`w:tblHeader`) when the table has one. Cells take runs with their marks
 * and links; a line feed in a cell is a line break, as in the editor.
 */
export function docxBodyTable(table: Extract<ExportBlock, { type: 'table' }>, textWidth: number, direction: TextDirection = 'ltr'): Table {
  const columnWidths = table.widths.map((share) => Math.floor(share * textWidth));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    visuallyRightToLeft: direction === 'rtl' || undefined,
    columnWidths,
    borders: { top: borders, bottom: borders, left: borders, right: borders, insideHorizontal: borders, insideVertical: borders },
    rows: table.rows.map((cells, index) => {
      const header = table.headerRow && index === 0;
      return new TableRow({
        tableHeader: header || undefined,
        cantSplit: true,
        children: cells.map(
          (runs, column) =>
            new TableCell({
              width: { size: columnWidths[column] ?? 0, type: WidthType.DXA },
              children: [new Paragraph({ spacing: { after: 0 }, children: docxRuns(header ? runs.map((run) => ({ ...run, marks: new Set([...run.marks, 'bold' as const]) })) : runs, direction) })],
              shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF4' } : undefined,
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
            }),
        ),
      });
    }),
  });
}
