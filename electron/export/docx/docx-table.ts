import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ExportTable } from '../../../shared/document/export/export-document';

const borders = { style: 'single', size: 4, color: '8C8C8C' } as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: header || undefined })] })],
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF4' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/**
 * The participants as a Word table: a header row that repeats on every page
 * (`w:tblHeader`), full width, thin borders, with Word's "Table Grid" look
 * but no dependency on that style existing.
 */
export function docxTable(table: ExportTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: borders, bottom: borders, left: borders, right: borders, insideHorizontal: borders, insideVertical: borders },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((column) => cell(column, true)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value) => cell(value, false)) })),
    ],
  });
}
