import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageBriefing } from '../../tests/fixtures/export/language-briefings';
import { sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { convertDocxToPdf, flowingText, pdfPageTexts, pdfText } from '../../tests/support/pdf-tools';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { printHtml } from '../../shared/document/export/print-html';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createChromiumPdfPrinter } from '../cli/chromium-pdf-printer';
import { briefingDocxBytes } from './docx/briefing-docx';
import { loadPrintFonts } from './print-fonts';

const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
const pictures = fileURLToPath(new URL('../../test-results/export', import.meta.url));
const printer = createChromiumPdfPrinter();
const options = { ...defaultExportOptions, draftMark: true };
let folder = '';
let fonts = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-language-pdf-'));
  fonts = await loadPrintFonts(fontsourceFolder);
});
afterAll(async () => {
  await printer.close();
  rmSync(folder, { recursive: true, force: true });
});

const documentIn = (language: 'az' | 'ru') => exportDocument(languageBriefing(language), findBuiltInTemplate('meeting-readout'), options, { now: sampleExportTime });

async function pdfOf(language: 'az' | 'ru'): Promise<string> {
  const document = documentIn(language);
  const file = join(folder, `readout.${language}.pdf`);
  writeFileSync(file, await printer.print(printHtml(document, options.pageSize, fonts), pdfPageSetup(document, options)));
  // A picture of page 1, to look at: test-results/export/readout-<language>-page-1.png.
  mkdirSync(pictures, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(pictures, `readout-${language}-page-1`)]);
  return file;
}

describe('PDF and DOCX of an Azerbaijani and a Russian readout', () => {
  it('prints the Azerbaijani readout with Azerbaijani headings, marks, dates and page numbers', async () => {
    const file = await pdfOf('az');
    const text = flowingText(pdfText(file));
    expect(text).toContain('2025-ci il noyabrın 21-də Azərbaycan Respublikasının Baş naziri Əli Əsədov Bakıda');
    expect(text).toContain('Görüşün səbəbi');
    expect(text).toContain('İştirakçılar');
    const [first = ''] = pdfPageTexts(file);
    expect(first).toMatch(/Səhifə 1 \/ 1/u);
    expect(first).toContain('LAYİHƏ · XİDMƏTİ İSTİFADƏ ÜÇÜN');
    expect(first).not.toMatch(/\b(Page|DRAFT|Participants|OFFICIAL)\b/u);
    expect(statSync(join(pictures, 'readout-az-page-1.png')).size).toBeGreaterThan(10_000);
  }, 60_000);

  it('prints the Russian readout with Russian headings, embargo and page numbers', async () => {
    const file = await pdfOf('ru');
    const [first = ''] = pdfPageTexts(file);
    expect(first).toContain('ЭМБАРГО ДО 21 НОЯБРЯ 2025 ГОДА, 18:00');
    expect(first).toMatch(/Страница 1 из 1/u);
    expect(first).toContain('Достигнутые договорённости');
    expect(first).not.toMatch(/\b(Page|DRAFT|Participants|EMBARGOED)\b/u);
  }, 60_000);

  it('writes the Word document’s heading, table and footer in the briefing’s language (LibreOffice fills the page fields)', async () => {
    const docx = join(folder, 'readout.az.docx');
    writeFileSync(docx, await briefingDocxBytes(documentIn('az'), 'A4'));
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    const text = pdfText(pdf, { layout: true });
    expect(text).toContain('İştirakçılar');
    expect(text).toMatch(/Adı, soyadı\s+Vəzifəsi\s+Təşkilat\s+Tərəf/u);
    expect(text).toMatch(/Səhifə 1 \/ 1/u);
    expect(text).not.toMatch(/\b(Page|DRAFT|Participants|Host|Guest)\b/u);
  }, 180_000);
});
