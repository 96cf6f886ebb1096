import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import exifr from 'exifr';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlockElement, PictureElement } from '../../shared/document/briefing-body';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { newPicture } from '../../shared/document/picture-normalization';
import { english } from '../../shared/i18n/english';
import { sayLocalised } from '../../shared/ipc/ipc-result';
import { briefingExportDocument } from './export-service';
import { importDocxFromPath } from './import-docx-from-path';
import { keepPicture } from './picture-service';
import { ImageStore } from '../storage/image-store';
import { openLibrary, type Library } from '../storage/library';
import { briefingDocxBytes } from '../export/docx/briefing-docx';
import { withWordPictures } from '../export/docx/docx-pictures';
import { photoWithGps, pngBomb } from '../../tests/support/test-images';
import { templateContent } from '../../tests/support/service-errors';
import { convertDocx } from '../import/docx/convert-docx';

let folder = '';
let library: Library;
let photo: Uint8Array;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-docx-pictures-'));
  library = openLibrary(join(folder, 'library.sqlite'));
  photo = await photoWithGps();
});
afterAll(() => {
  library.close();
  rmSync(folder, { recursive: true, force: true });
});

const picturesOf = (blocks: readonly BlockElement[]): PictureElement[] => blocks.filter((block): block is PictureElement => block.type === 'picture');
const bodyPictures = (id: string): PictureElement[] => library.briefings.get(id).body.flatMap((section) => picturesOf(section.children));

/** No GPS and not the camera's name anywhere in the bytes. */
async function expectNoMetadata(bytes: Uint8Array): Promise<void> {
  expect(await exifr.gps(Buffer.from(bytes)).catch(() => undefined)).toBeUndefined();
  expect(Buffer.from(bytes).includes('PressCam')).toBe(false);
}

/**
 * A Word file as another program writes it: a phone photo with its GPS
 * position straight in the package, described "Signing ceremony", a
 * paragraph in the Caption style under it, then an image bomb described "Map".
 */
async function wordFileWithPhotos(): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ style: 'Title', children: [new TextRun('Memorandum signed in Baku')] }),
          new Paragraph({ children: [new TextRun('The ministries signed a memorandum on digital transformation.')] }),
          new Paragraph({
            children: [new ImageRun({ type: 'jpg', data: Buffer.from(photo), transformation: { width: 400, height: 250 }, altText: { name: 'Photo', title: 'Photo', description: 'Signing ceremony' } })],
          }),
          new Paragraph({ style: 'Caption', children: [new TextRun('The delegations at the signing')] }),
          new Paragraph({ children: [new TextRun('Both sides agreed to meet again in spring.')] }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: Buffer.from(pngBomb()), transformation: { width: 100, height: 100 }, altText: { name: 'Map', title: 'Map', description: 'Map' } })],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('DOCX import keeps pictures', () => {
  it('keeps a photo with its Caption paragraph, stripped of GPS, and names the image bomb it left out', async () => {
    expect(((await exifr.gps(Buffer.from(photo))) as { latitude: number }).latitude).toBeCloseTo(40.4, 1);
    const document = await convertDocx(await wordFileWithPhotos(), 'memorandum.docx', new Set());
    const blocks = document.intro;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'picture', 'paragraph']);
    const [picture] = picturesOf(blocks);
    expect(picture).toMatchObject({ width: 800, height: 500, alt: 'Signing ceremony', caption: 'The delegations at the signing', credit: '', layout: 'full' });
    // The caption is the picture's, not a paragraph of the body as well.
    expect(JSON.stringify(blocks)).not.toContain('The delegations at the signing"}');
    expect(document.pictures?.map((image) => image.hash)).toEqual([picture?.hash]);
    await expectNoMetadata(document.pictures?.[0]?.bytes ?? new Uint8Array());
    expect(document.dropped.map((message) => sayLocalised(english, message))).toEqual([
      'Picture 2 of the Word file (“Map”) was not imported. This picture has more than 40 megapixels, so it was not added.',
    ]);
  });

  it('the same file saved again by LibreOffice imports the same picture and caption into the library', async () => {
    const source = join(folder, 'memorandum-word.docx');
    writeFileSync(source, await wordFileWithPhotos());
    const out = join(folder, 'libreoffice');
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, source], { stdio: 'pipe', timeout: 120_000 });
    const briefing = await importDocxFromPath(library, join(out, 'memorandum-word.docx'));
    const [picture, ...others] = bodyPictures(briefing.id);
    expect(others).toEqual([]);
    expect(picture).toMatchObject({ width: 800, height: 500, caption: 'The delegations at the signing' });
    const stored = new ImageStore(library.database).get(picture?.hash ?? '');
    expect(stored?.mime).toBe('image/jpeg');
    await expectNoMetadata(stored?.bytes ?? new Uint8Array());
  }, 180_000);

  it('round trip: a briefing exported to Word and imported again has its picture, alt text and caption, stored once', async () => {
    const image = await keepPicture(library, photo);
    const created = library.briefings.create({ ...templateContent('press-release'), title: 'Memorandum signed' });
    const body = structuredClone(created.body);
    body[0]!.children = [
      { type: 'paragraph', children: [{ text: 'The ministries signed a memorandum.' }] },
      newPicture(image, { caption: 'The signing ceremony', alt: 'Two delegations at a table' }),
      { type: 'paragraph', children: [{ text: 'They meet again in spring.' }] },
    ];
    library.briefings.save({ id: created.id, baseRevision: created.revision, body });
    const exported = briefingExportDocument(library, library.briefings.get(created.id), defaultExportOptions, new Date('2025-11-21T10:00:00Z'));
    const file = join(folder, 'memorandum-export.docx');
    writeFileSync(file, await briefingDocxBytes(await withWordPictures(exported), 'A4'));
    const imagesBefore = new ImageStore(library.database).count();

    const imported = await importDocxFromPath(library, file);
    const [picture, ...others] = bodyPictures(imported.id);
    expect(others).toEqual([]);
    expect(picture).toMatchObject({ width: image.width, height: image.height, alt: 'Two delegations at a table', caption: 'The signing ceremony' });
    // Checked and re-encoded like any picture coming in: one more image at most, and it is in the library.
    expect(new ImageStore(library.database).count()).toBeLessThanOrEqual(imagesBefore + 1);
    expect(new ImageStore(library.database).info(picture?.hash ?? '')).toMatchObject({ width: image.width, height: image.height });
    const text = JSON.stringify(library.briefings.get(imported.id).body);
    expect(text).toContain('They meet again in spring.');
    expect(text).not.toMatch(/[\uE010-\uE012]/u);
  });

  it('a Word file cannot forge a picture marker in its text', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Forged \uE0101\uE011 marker \uE012 here')] })] }] });
    const converted = await convertDocx(new Uint8Array(await Packer.toBuffer(document)), 'forged.docx', new Set());
    expect(JSON.stringify(converted.intro)).toContain('Forged 1 marker here');
    expect(converted.pictures).toBeUndefined();
  });
});
