import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBriefing } from '../../tests/fixtures/export/sample-briefings';
import { convertDocxToPdf, pdfPageTexts } from '../../tests/support/pdf-tools';
import type { Briefing } from '../../shared/document/briefing';
import type { BlockElement } from '../../shared/document/briefing-body';
import { exportDocument, type ExportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { pageMargins, pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { printHtml } from '../../shared/document/export/print-html';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createChromiumPdfPrinter } from '../cli/chromium-pdf-printer';
import { briefingDocxBytes } from './docx/briefing-docx';
import { loadPrintFonts } from './print-fonts';

const printer = createChromiumPdfPrinter();
const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-embargo-'));
});
afterAll(async () => {
  await printer.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The embargo of the sample press release, as the export writes it. */
const embargoLine = 'EMBARGOED UNTIL NOVEMBER 21, 2025 AT 06:00 PM';
/** Times on this computer's clock, as the embargo's is: a minute before it lifts, and the minute it does. */
const beforeEmbargo = new Date(2025, 10, 21, 17, 59);
const whenLifted = new Date(2025, 10, 21, 18, 0);

/** The sample press release (embargoed until 21 November 2025, 18:00) grown to several pages: text, a page break, more text. */
function longRelease(): Briefing {
  const briefing = sampleBriefing('press-release');
  const paragraph = (index: number): BlockElement => ({
    type: 'paragraph',
    children: [{ text: `Paragraph ${index}. The sides discussed cooperation in digital transformation, cybersecurity, e-government and digital skills, and the next steps of the Regional Acceleration Center in Baku. ` }],
  });
  const pageBreak: BlockElement = { type: 'page-break', children: [{ text: '' }] };
  const children = [...Array.from({ length: 30 }, (_, index) => paragraph(index + 1)), pageBreak, ...Array.from({ length: 30 }, (_, index) => paragraph(index + 31))];
  const body = briefing.body.map((section) => (section.sectionId === 'body' ? { ...section, children } : section));
  return { ...briefing, body };
}

function exportAt(now: Date): ExportDocument {
  const issuer = { organisationName: 'Ministry of Digital Development', logo: null, mediaContact: '', margins: pageMargins };
  return exportDocument(longRelease(), findBuiltInTemplate('press-release'), defaultExportOptions, { now, issuer });
}

async function printPdf(document: ExportDocument, name: string): Promise<string> {
  const html = printHtml(document, 'A4', await loadPrintFonts(fontsourceFolder));
  const file = join(folder, name);
  writeFileSync(file, await printer.print(html, pdfPageSetup(document, defaultExportOptions)));
  return file;
}

async function writeDocx(document: ExportDocument, name: string): Promise<string> {
  const file = join(folder, name);
  writeFileSync(file, await briefingDocxBytes(document, 'A4'));
  return file;
}

/** Every header part of a DOCX, and whether any section gives its first page a header of its own (`w:titlePg`), which would leave page 1 without ours. */
function docxHeaders(file: string): { headers: string[]; firstPageDiffers: boolean } {
  const parts = unzipSync(readFileSync(file));
  const headers = Object.keys(parts)
    .filter((name) => /^word\/header\d*\.xml$/u.test(name))
    .map((name) => strFromU8(parts[name]!).replace(/<[^>]+>/gu, ''));
  return { headers, firstPageDiffers: strFromU8(parts['word/document.xml']!).includes('<w:titlePg') };
}

describe('an export made before the embargo lifts', () => {
  it('says "EMBARGOED UNTIL …" at the top of every page of the PDF, and on no page once it has lifted', async () => {
    const before = pdfPageTexts(await printPdf(exportAt(beforeEmbargo), 'before.pdf'));
    expect(before.length).toBeGreaterThanOrEqual(3);
    before.forEach((page, index) => {
      // The first line of the page: the running header, not the masthead of page 1.
      expect(page.trimStart().split('\n')[0], `page ${index + 1}`).toContain(embargoLine);
      expect(page, `page ${index + 1}`).toContain('Ministry of Digital Development');
    });

    const after = pdfPageTexts(await printPdf(exportAt(whenLifted), 'after.pdf'));
    expect(after.length).toBe(before.length);
    after.forEach((page, index) => expect(page, `page ${index + 1}`).not.toContain('EMBARGOED'));
    expect(after[0]).toContain('FOR IMMEDIATE RELEASE');
  }, 60_000);

  it('puts it in the DOCX header every page uses, and LibreOffice prints it on every page; not once it has lifted', async () => {
    const beforeFile = await writeDocx(exportAt(beforeEmbargo), 'word-before.docx');
    const afterFile = await writeDocx(exportAt(whenLifted), 'word-after.docx');
    const before = docxHeaders(beforeFile);
    expect(before.firstPageDiffers).toBe(false);
    expect(before.headers).toHaveLength(1);
    expect(before.headers[0]).toContain(embargoLine);
    const after = docxHeaders(afterFile);
    expect(after.headers.join('')).not.toContain('EMBARGOED');

    const [beforePdf = '', afterPdf = ''] = convertDocxToPdf([beforeFile, afterFile], folder);
    const beforePages = pdfPageTexts(beforePdf);
    expect(beforePages.length).toBeGreaterThanOrEqual(3);
    beforePages.forEach((page, index) => expect(page.trimStart().split('\n')[0], `page ${index + 1}`).toContain(embargoLine));
    const afterPages = pdfPageTexts(afterPdf);
    expect(afterPages.length).toBeGreaterThanOrEqual(3);
    afterPages.forEach((page, index) => expect(page, `page ${index + 1}`).not.toContain('EMBARGOED'));
  }, 120_000);
});
