import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arabicBriefing } from '../../../tests/fixtures/export/arabic-briefing';
import { sampleBriefing, sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { convertDocxToPdf, pdfText } from '../../../tests/support/pdf-tools';
import type { Briefing } from '../../../shared/document/briefing';
import { exportDocument } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { briefingDocxBytes } from './briefing-docx';

const pictures = fileURLToPath(new URL('../../../test-results/export', import.meta.url));
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-rtl-docx-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function docxBytes(briefing: Briefing): Promise<Uint8Array> {
  return briefingDocxBytes(exportDocument(briefing, findBuiltInTemplate(briefing.templateId), defaultExportOptions, { now: sampleExportTime }), 'A4');
}
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());

/** Each run of document.xml: its text and whether it is marked right to left. */
function runs(documentXml: string): { text: string; rtl: boolean }[] {
  return [...documentXml.matchAll(/<w:r>(.*?)<\/w:r>/gsu)].map((match) => ({
    text: [...(match[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((text) => text[1]).join(''),
    rtl: /<w:rtl\/>/u.test(match[1] ?? ''),
  }));
}

describe('an Arabic briefing as DOCX', () => {
  it('is right to left in Word\'s terms: w:bidi paragraphs, w:rtl Arabic runs, w:lang w:bidi, a w:bidiVisual table', async () => {
    const bytes = await docxBytes(arabicBriefing());
    const styles = part(bytes, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/su.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:pPrDefault><w:pPr>.*<w:bidi\/>/su);
    expect(defaults).toMatch(/<w:lang w:val="ar-SA"[^>]* w:bidi="ar-SA"\/>/u);
    expect(defaults).toMatch(/<w:rFonts w:ascii="Calibri"[^>]* w:cs="Arial"/u);

    const document = part(bytes, 'word/document.xml');
    expect(document).toContain('<w:bidiVisual/>');
    const all = runs(document);
    expect(all.find((run) => run.text.startsWith('التقى وزير خارجية'))?.rtl).toBe(true);
    // A Latin word is a run of its own, without w:rtl, between Arabic runs that have it.
    const socar = all.findIndex((run) => run.text === 'SOCAR');
    expect(all[socar]?.rtl).toBe(false);
    expect(all[socar - 1]).toMatchObject({ text: 'وأشار الوزير إلى مشاركة شركة ', rtl: true });
    expect(all[socar + 1]?.rtl).toBe(true);
    expect(all.find((run) => run.text === 'Elnur Məmmədov')?.rtl).toBe(false);
  });

  it('leaves a left-to-right briefing\'s DOCX without any of it', async () => {
    const bytes = await docxBytes(sampleBriefing('meeting-readout'));
    expect(part(bytes, 'word/styles.xml')).not.toMatch(/<w:bidi\/>|w:bidi="/u);
    expect(part(bytes, 'word/document.xml')).not.toMatch(/<w:rtl\/>|<w:bidiVisual\/>/u);
  });

  it('opens in LibreOffice laid out from the right, the table\'s first column on the right', async () => {
    const docx = join(folder, 'arabic.docx');
    writeFileSync(docx, await docxBytes(arabicBriefing()));
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    // Page 1 as LibreOffice lays it out, kept in test-results/export/ for a person to look at.
    mkdirSync(pictures, { recursive: true });
    copyFileSync(docx, join(pictures, 'arabic-readout.docx'));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(pictures, 'arabic-readout-docx-page-1')]);
    const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
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
    expect(pdfText(pdf)).toContain('SOCAR');
    // The running footer: the title on the right, "صفحة 1 من N" with its numbers on the left.
    const footerNumbers = words.filter((word) => /^\d+$/u.test(word.word) && word.yMin > 842 * 0.9);
    expect(footerNumbers.length).toBeGreaterThan(0);
    for (const number of footerNumbers) expect(number.xMax).toBeLessThan(pageWidth / 3);
  }, 120_000);
});
