import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressReleaseWithTable } from '../../tests/fixtures/export/table-briefing';
import { sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { convertDocxToPdf, pdfPageTexts } from '../../tests/support/pdf-tools';
import type { Briefing } from '../../shared/document/briefing';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { plainText } from '../../shared/document/export/plain-text';
import { printHtml } from '../../shared/document/export/print-html';
import { semanticHtml } from '../../shared/document/export/semantic-html';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createChromiumPdfPrinter } from '../cli/chromium-pdf-printer';
import { briefingDocxBytes } from './docx/briefing-docx';
import { loadPrintFonts } from './print-fonts';

const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
const pictures = fileURLToPath(new URL('../../test-results/export', import.meta.url));
const printer = createChromiumPdfPrinter();
let folder = '';
let fonts = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-tables-'));
  fonts = await loadPrintFonts(fontsourceFolder);
  mkdirSync(pictures, { recursive: true });
});
afterAll(async () => {
  await printer.close();
  rmSync(folder, { recursive: true, force: true });
});

const documentOf = (briefing: Briefing) => exportDocument(briefing, findBuiltInTemplate(briefing.templateId), defaultExportOptions, { now: sampleExportTime });

describe('tables in every export', () => {
  it('plain text sets the table in aligned columns with a rule under the header, a cell’s second line under its first', () => {
    const text = plainText(documentOf(pressReleaseWithTable()));
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('Document'));
    expect(header).toBeGreaterThan(0);
    expect(lines[header]).toMatch(/^Document {2,}Signed by {2,}Date$/u);
    expect(lines[header + 1]).toMatch(/^-+ {2}-+ {2}-+$/u);
    const first = lines[header + 2] ?? '';
    expect(first).toMatch(/^Memorandum on digital transformation {2}Ministry of Digital Development; {2,}21 November 2025$/u);
    // "ITU" is the second line of the Signed by cell: it starts in that column.
    expect(lines[header + 3]?.indexOf('ITU')).toBe(first.indexOf('Ministry'));
  });

  it('plain text falls back to one line per row when aligned columns would be wider than an e-mail', () => {
    const wide = pressReleaseWithTable();
    const table = wide.body[0]?.children.at(-1);
    if (table?.type !== 'table') throw new Error('no table');
    table.children[1]!.children[0] = { type: 'table-cell', children: [{ text: 'A memorandum whose title alone is longer than any wire column should be' }] };
    const text = plainText(documentOf(wide));
    expect(text).toContain('Document | Signed by | Date\nA memorandum whose title alone is longer than any wire column should be | Ministry of Digital Development; ITU | 21 November 2025');
  });

  it('HTML has the header row in a thead, the widths as percentages and the line break inside the cell', () => {
    const html = semanticHtml(documentOf(pressReleaseWithTable()));
    expect(html).toContain('<thead><tr><th><strong>Document</strong></th><th>Signed by</th><th>Date</th></tr></thead>');
    expect(html).toContain('<col style="width: 50.00%"><col style="width: 30.00%"><col style="width: 20.00%">');
    expect(html).toContain('<td>Ministry of Digital Development;<br>ITU</td>');
  });

  it('the PDF repeats the header row on every page a long table runs over', async () => {
    const briefing = pressReleaseWithTable(40);
    const document = documentOf(briefing);
    const pdf = await printer.print(printHtml(document, 'A4', fonts), pdfPageSetup(document, defaultExportOptions));
    const file = join(folder, 'table.pdf');
    writeFileSync(file, pdf);
    const pages = pdfPageTexts(file);
    const withRows = pages.filter((page) => /\d+\. (Memorandum|Agreement|Joint statement)/u.test(page));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toMatch(/Document\s+Signed by\s+Date/u);
    // The columns as wide as the stored proportions (50%, 30%, 20%): where each header cell's text starts on page 1.
    const words = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const startOf = (word: string) => Number(new RegExp(`<word xMin="([\\d.]+)"[^>]*>${word}</word>`, 'u').exec(words)?.[1]);
    const [documentX, signedX, dateX] = [startOf('Document'), startOf('Signed'), startOf('Date')];
    expect((signedX - documentX) / (dateX - documentX)).toBeCloseTo(0.5 / 0.8, 2);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(pictures, 'table-pdf')]);
    expect(statSync(join(pictures, 'table-pdf.png')).size).toBeGreaterThan(10_000);
  }, 90_000);

  it('DOCX writes a Word table whose first row is a repeating header (w:tblHeader), which LibreOffice repeats on every page', async () => {
    const document = documentOf(pressReleaseWithTable(40));
    const bytes = await briefingDocxBytes(document, 'A4');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const bodyTable = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gsu)].map((match) => match[0]).find((table) => table.includes('Signed by')) ?? '';
    const rows = [...bodyTable.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/gsu)].map((match) => match[0]);
    expect(rows.length).toBe(121);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(bodyTable).toMatch(/<w:gridCol w:w="(\d+)"\/><w:gridCol w:w="(\d+)"\/><w:gridCol w:w="(\d+)"\/>/u);
    const [a = 0, b = 0, c = 0] = (/<w:gridCol w:w="(\d+)"\/><w:gridCol w:w="(\d+)"\/><w:gridCol w:w="(\d+)"\/>/u.exec(bodyTable) ?? []).slice(1).map(Number);
    expect(Math.round((a / (a + b + c)) * 10)).toBe(5);
    expect(bodyTable).toContain('<w:br/>');
    const docx = join(folder, 'table.docx');
    writeFileSync(docx, bytes);
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    const pages = pdfPageTexts(pdf).filter((page) => /\d+\. (Memorandum|Agreement|Joint statement)/u.test(page));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toMatch(/Document\s+Signed by\s+Date/u);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(pictures, 'table-docx')]);
    expect(statSync(join(pictures, 'table-docx.png')).size).toBeGreaterThan(10_000);
  }, 180_000);
});
