import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arabicBriefing } from '../../tests/fixtures/export/arabic-briefing';
import { sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { pdfText } from '../../tests/support/pdf-tools';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { printHtml } from '../../shared/document/export/print-html';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createChromiumPdfPrinter } from '../cli/chromium-pdf-printer';
import { loadPrintFonts } from './print-fonts';

const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
const printer = createChromiumPdfPrinter();
const pictures = fileURLToPath(new URL('../../test-results/export', import.meta.url));
let folder = '';
let file = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-rtl-pdf-'));
  const options = { ...defaultExportOptions, draftMark: true };
  const document = exportDocument(arabicBriefing(), findBuiltInTemplate('meeting-readout'), options, { now: sampleExportTime });
  file = join(folder, 'arabic.pdf');
  writeFileSync(file, await printer.print(printHtml(document, 'A4', await loadPrintFonts(fontsourceFolder)), pdfPageSetup(document, options)));
}, 60_000);
afterAll(async () => {
  await printer.close();
  rmSync(folder, { recursive: true, force: true });
});

/** pdffonts' table: name, type and whether the font is embedded, per font. */
function fontTable(pdf: string): { name: string; type: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/u);
      // name, type (one or two words), encoding, emb, sub, uni, object, ID.
      return { name: (columns[0] ?? '').replace(/^[A-Z]{6}\+/u, ''), type: columns.slice(1, -6).join(' '), embedded: columns.at(-5) === 'yes' };
    });
}

describe('an Arabic briefing as PDF', () => {
  it('embeds the bundled Arabic and Latin fonts only: no Type 3, no font of the system', () => {
    const fonts = fontTable(file);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.filter((font) => /Type 3/u.test(font.type))).toEqual([]);
    const names = [...new Set(fonts.map((font) => font.name))];
    expect(names).toEqual(expect.arrayContaining(['NotoNaskhArabic-Regular', 'NotoSansArabic-Bold']));
    expect(names.filter((name) => !/^Noto(Serif|Sans|NaskhArabic|SansArabic)-/u.test(name))).toEqual([]);
  });

  it('keeps the Latin words inside the Arabic whole and in their order', () => {
    // poppler's text of Arabic glyph runs is in drawing order and split at joins, so the Arabic itself is checked on the page image.
    const text = pdfText(file);
    for (const words of ['SOCAR', 'OIC', 'Elnur Məmmədov']) expect(text).toContain(words);
  });

  it('lays the page out from the right: the title, the paragraphs and the first table column on the right', () => {
    // Page 1 as an image, kept in test-results/export/ for a person to look at.
    mkdirSync(pictures, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(pictures, 'arabic-readout-page-1')]);
    copyFileSync(file, join(pictures, 'arabic-readout.pdf'));
    expect(statSync(join(pictures, 'arabic-readout-page-1.png')).size).toBeGreaterThan(10_000);
    // Words' boxes from poppler: the title's right edge is at the right margin, its left edge well inside.
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)].map((match) => ({
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      word: match[4] ?? '',
    }));
    const pageWidth = 595;
    // The document's own words are Arabic (poppler splits them at joins), so the Latin name in the table and the
    // footer's page numbers are the landmarks.
    const last = (word: string) => words.findLast((candidate) => candidate.word === word);
    // The table's first column (the name) is on the right.
    expect(last('Elnur')?.xMin ?? 0).toBeGreaterThan(pageWidth / 2);
    // The running footer's page numbers ("صفحة 1 من 2") are on the left.
    const footerNumbers = words.filter((word) => /^\d+$/u.test(word.word) && word.yMin > 842 * 0.9);
    expect(footerNumbers.length).toBeGreaterThan(0);
    for (const number of footerNumbers) expect(number.xMax).toBeLessThan(pageWidth / 3);
  });
});
