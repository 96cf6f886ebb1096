import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBriefing, sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { pdfGlyphMoves } from '../../bench/pdf-bytes';
import { flowingText, pdfFonts, pdfText } from '../../tests/support/pdf-tools';
import type { Briefing } from '../../shared/document/briefing';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions, type ExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { printHtml } from '../../shared/document/export/print-html';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createChromiumPdfPrinter } from '../cli/chromium-pdf-printer';
import { pdfPageCount } from './pdf-page-count';
import { loadPrintFonts } from './print-fonts';

const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
const printer = createChromiumPdfPrinter();
const pictures = fileURLToPath(new URL('../../test-results/export', import.meta.url));
let folder = '';
let fonts = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-pdf-'));
  fonts = await loadPrintFonts(fontsourceFolder);
});
afterAll(async () => {
  await printer.close();
  rmSync(folder, { recursive: true, force: true });
});

async function printToFile(briefing: Briefing, options: ExportOptions, name: string): Promise<string> {
  const document = exportDocument(briefing, findBuiltInTemplate(briefing.templateId), options, { now: sampleExportTime });
  const pdf = await printer.print(printHtml(document, options.pageSize, fonts), pdfPageSetup(document, options));
  const file = join(folder, name);
  writeFileSync(file, pdf);
  return file;
}

/** The sample readout in Azerbaijani spelling, with Cyrillic, marked OFFICIAL: every letter must come out as typed. */
function azerbaijaniReadout(): Briefing {
  const briefing = sampleBriefing('meeting-readout');
  briefing.fields.classification = 'official';
  briefing.fields.host = { name: 'Əli Əsədov', title: 'Baş nazir', organisation: 'Azərbaycan Respublikası' };
  briefing.body[0]!.children = [
    {
      type: 'paragraph',
      children: [
        { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] },
        { text: ' ' },
        { type: 'field-ref', fieldId: 'host', part: 'title', children: [{ text: '' }] },
        { text: ' ' },
        { type: 'field-ref', fieldId: 'host', part: 'name', children: [{ text: '', bold: true }] },
        { text: ' İTİ-nin Baş katibi ilə görüşüb: ğ ı İ ş ç ö ü. Премьер-министр Азербайджана встретился с генсеком МСЭ.' },
      ],
    },
  ];
  return briefing;
}

describe('PDF export through Chromium', () => {
  it('prints the header, the lede with exact diacritics, the participants, the agreed points in order and page numbers', async () => {
    const file = await printToFile(azerbaijaniReadout(), defaultExportOptions, 'readout.pdf');
    const text = pdfText(file);
    expect(text).toContain('Azərbaycan Respublikası');
    expect(text).toContain('FOR IMMEDIATE RELEASE');
    expect(text).toContain('OFFICIAL');
    expect(text).toContain('Baku, Azerbaijan — November 21, 2025');
    expect(flowingText(text)).toContain(
      'November 21, 2025 Baş nazir Əli Əsədov İTİ-nin Baş katibi ilə görüşüb: ğ ı İ ş ç ö ü. Премьер-министр Азербайджана встретился с генсеком МСЭ.',
    );
    const rows = pdfText(file, { layout: true });
    expect(rows).toMatch(/Doreen Bogdan-Martin\s+Secretary-General\s+International Telecommunication Union\s+Guest/u);
    const points = ['1. Prospects for cooperation', '2. Applying ITU expertise', '3. More Azerbaijani specialists', '4. Extending Azerbaijan'];
    const positions = points.map((point) => rows.indexOf(point));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const pages = pdfPageCount(readFileSync(file));
    expect(pages).toBeGreaterThanOrEqual(1);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`OFFICIAL · Page ${page} of ${pages}`);
  }, 60_000);

  it('embeds every font, the bundled Noto faces among them', async () => {
    const file = await printToFile(azerbaijaniReadout(), defaultExportOptions, 'fonts.pdf');
    const fontsUsed = pdfFonts(file);
    expect(fontsUsed.length).toBeGreaterThan(0);
    expect(fontsUsed.filter((font) => !font.embedded)).toEqual([]);
    const names = fontsUsed.map((font) => font.name.replace(/^[A-Z]{6}\+/u, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSerif-Bold', 'NotoSans-Bold']));
    // Page 1 as an image, kept in test-results/export/ for a person to look at.
    mkdirSync(pictures, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(pictures, 'readout-page-1')]);
    expect(statSync(join(pictures, 'readout-page-1.png')).size).toBeGreaterThan(10_000);
  }, 60_000);

  it('draws a line of text as one run, not with a move before every glyph (the print fonts at 2048 units an em, sizes on a quarter pixel)', async () => {
    const file = await printToFile(azerbaijaniReadout(), defaultExportOptions, 'runs.pdf');
    const { moves } = await pdfGlyphMoves(readFileSync(file));
    const letters = pdfText(file).replace(/\s/gu, '').length;
    // Noto at 1000 units an em gave a move for nearly every glyph (moves ≈ letters); whole runs need one for a few.
    expect(letters).toBeGreaterThan(1000);
    expect(moves).toBeLessThan(letters / 4);
  }, 60_000);

  it('marks a draft on every page and prints Letter when asked', async () => {
    const file = await printToFile(sampleBriefing('meeting-readout'), { ...defaultExportOptions, draftMark: true, pageSize: 'Letter' }, 'draft.pdf');
    const pages = pdfPageCount(readFileSync(file));
    const text = pdfText(file);
    expect(text.match(/DRAFT/gu)?.length ?? 0).toBeGreaterThanOrEqual(pages);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/u);
  }, 60_000);

  it('stays tagged for screen readers, with headings and paragraphs straight under the document, not in wrappers a reader never announces', async () => {
    const file = await printToFile(sampleBriefing('meeting-readout'), defaultExportOptions, 'tagged.pdf');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/u);
    const pdf = readFileSync(file).toString('latin1');
    const elements = new Map<string, { role: string; parent?: string }>();
    for (const match of pdf.matchAll(/(?:^|\n)(\d+) 0 obj\s*<<\/Type \/StructElem\s*\/S \/(\w+)(?:\s*\/P (\d+) 0 R)?/gu)) {
      elements.set(match[1]!, { role: match[2]!, parent: match[3] });
    }
    const roleOfParent = (role: string) => [...elements.values()].filter((element) => element.role === role).map((element) => elements.get(element.parent ?? '')?.role);
    expect(roleOfParent('H2').length).toBeGreaterThan(2);
    expect(new Set(roleOfParent('H2'))).toEqual(new Set(['Document']));
    expect(roleOfParent('P')).toContain('Document');
  }, 60_000);
});
