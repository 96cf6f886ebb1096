import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import exifr from 'exifr';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { plainText } from '../../shared/document/export/plain-text';
import { printHtml } from '../../shared/document/export/print-html';
import { semanticHtml } from '../../shared/document/export/semantic-html';
import { newPicture } from '../../shared/document/picture-normalization';
import { convertDocxToPdf } from '../support/pdf-tools';
import { photoWithGps } from '../support/test-images';
import { templateContent } from '../support/service-errors';
import { createChromiumPdfPrinter } from '../../electron/cli/chromium-pdf-printer';
import { briefingExportDocument } from '../../electron/services/export-service';
import { keepPicture } from '../../electron/services/picture-service';
import { openLibrary, type Library } from '../../electron/storage/library';
import { briefingDocxBytes } from '../../electron/export/docx/briefing-docx';
import { withWordPictures } from '../../electron/export/docx/docx-pictures';
import { loadPrintFonts } from '../../electron/export/print-fonts';

const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
const screenshots = fileURLToPath(new URL('../../test-results/export', import.meta.url));
const printer = createChromiumPdfPrinter();
let folder = '';
let fonts = '';
let library: Library;
let briefing: Briefing;
let input: Uint8Array;

/** Every picture a PDF holds, by poppler's pdfimages -list: width and height in pixels. */
function pdfImages(file: string): { width: number; height: number }[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/u);
    return { width: Number(columns[3]), height: Number(columns[4]) };
  });
}

/** No EXIF at all, GPS least of all, and not the camera's name anywhere in the bytes. */
async function expectNoMetadata(bytes: Uint8Array): Promise<void> {
  expect(await exifr.gps(Buffer.from(bytes)).catch(() => undefined)).toBeUndefined();
  expect(Buffer.from(bytes).includes('PressCam')).toBe(false);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-pictures-'));
  fonts = await loadPrintFonts(fontsourceFolder);
  mkdirSync(screenshots, { recursive: true });
  input = await photoWithGps();
  library = openLibrary(join(folder, 'library.sqlite'));
  const image = await keepPicture(library, input);
  const created = library.briefings.create({ ...templateContent('press-release'), language: 'az', title: 'Bakıda rəqəmsal transformasiya memorandumu imzalandı' });
  const body = structuredClone(created.body);
  body[0]!.children = [
    { type: 'paragraph', children: [{ text: 'Bakıda Rəqəmsal İnkişaf Nazirliyi ilə BTİ arasında memorandum imzalanıb.' }] },
    newPicture(image, { caption: 'Memorandumun imzalanma mərasimi', credit: 'AZƏRTAC', alt: 'İki nümayəndə heyəti masa arxasında sənəd imzalayır' }),
  ];
  library.briefings.save({ id: created.id, baseRevision: created.revision, body });
  briefing = library.briefings.get(created.id);
});
afterAll(async () => {
  await printer.close();
  library.close();
  rmSync(folder, { recursive: true, force: true });
});

const documentNow = () => briefingExportDocument(library, briefing, defaultExportOptions, new Date('2025-11-21T10:00:00Z'));

describe('pictures in every export', () => {
  it('the input photo carries GPS and the camera: the tests below would see them', async () => {
    expect(((await exifr.gps(Buffer.from(input))) as { latitude: number }).latitude).toBeCloseTo(40.4, 1);
    expect(Buffer.from(input).includes('PressCam')).toBe(true);
  });

  it('plain text says the photo with its caption and credit, in the briefing’s language', () => {
    expect(plainText(documentNow())).toContain('[Foto: Memorandumun imzalanma mərasimi — AZƏRTAC]');
  });

  it('HTML embeds the picture as a data: URL with its alt text and caption, without metadata', async () => {
    const html = semanticHtml(documentNow());
    const match = /<img src="data:image\/jpeg;base64,([A-Za-z0-9+/=]+)" alt="İki nümayəndə heyəti masa arxasında sənəd imzalayır" width="800" height="500">/u.exec(html);
    expect(match).not.toBeNull();
    expect(html).toContain('<figcaption><span class="picture-caption">Memorandumun imzalanma mərasimi</span> <span class="picture-credit">AZƏRTAC</span></figcaption>');
    expect(html).not.toMatch(/<img[^>]+src="(?!data:)/u);
    await expectNoMetadata(Buffer.from(match?.[1] ?? '', 'base64'));
  });

  it('the PDF holds the picture (pdfimages) at its stored size, without metadata', async () => {
    const document = documentNow();
    const pdf = await printer.print(printHtml(document, 'A4', fonts), pdfPageSetup(document, defaultExportOptions));
    const file = join(folder, 'picture.pdf');
    writeFileSync(file, pdf);
    expect(pdfImages(file)).toEqual([{ width: 800, height: 500 }]);
    await expectNoMetadata(pdf);
    const extracted = join(folder, 'extracted');
    mkdirSync(extracted);
    execFileSync('pdfimages', ['-all', file, join(extracted, 'image')]);
    for (const name of readdirSync(extracted)) await expectNoMetadata(readFileSync(join(extracted, name)));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(screenshots, 'picture-pdf')]);
    expect(statSync(join(screenshots, 'picture-pdf.png')).size).toBeGreaterThan(10_000);
  }, 90_000);

  it('DOCX has an inline picture with the alt text as its description and the caption in Word’s Caption style; LibreOffice shows it', async () => {
    const bytes = await briefingDocxBytes(await withWordPictures(documentNow()), 'A4');
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<wp:inline[\s\S]*descr="İki nümayəndə heyəti masa arxasında sənəd imzalayır"/u);
    expect(xml).toMatch(/<w:pStyle w:val="Caption"\/>[\s\S]*Memorandumun imzalanma mərasimi[\s\S]*AZƏRTAC/u);
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('w:styleId="Caption"');
    const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    for (const [, picture] of media) await expectNoMetadata(picture);
    const docx = join(folder, 'picture.docx');
    writeFileSync(docx, bytes);
    const [pdf = ''] = convertDocxToPdf([docx], folder);
    expect(pdfImages(pdf)).toHaveLength(1);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(screenshots, 'picture-docx')]);
    expect(statSync(join(screenshots, 'picture-docx.png')).size).toBeGreaterThan(10_000);
  }, 180_000);
});
