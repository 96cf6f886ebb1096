import { describe, expect, it } from 'vitest';
import type { BlockElement } from '../../../shared/document/briefing-body';
import { placePictures } from '../../../shared/document/html/picture-markers';
import libreOfficePictureHtml from '../../../tests/fixtures/paste/libreoffice-picture.html?raw';
import webPagePictureHtml from '../../../tests/fixtures/paste/web-page-picture.html?raw';
import wordPictureHtml from '../../../tests/fixtures/paste/word-365-picture.html?raw';
import hostileHtml from '../../../tests/fixtures/paste/hostile.html?raw';
import { readPastedHtml } from './paste-pictures';

const hash = (digit: string) => digit.repeat(64);
/** The blocks as the editor gets them when the library keeps every picture (numbered hashes 1, 2, …). */
function placed(html: string, files = 0): BlockElement[] {
  const pasted = readPastedHtml(html, files);
  const kept = new Map([...pasted.pictures.keys()].map((index) => [index, { hash: hash(String(index)), width: 320, height: 200, alt: pasted.pictures.get(index)?.alt ?? '' }]));
  return placePictures(pasted.blocks, kept, new Set());
}
const shape = (blocks: readonly BlockElement[]) => blocks.map((block) => (block.type === 'picture' ? `picture:${block.caption}` : block.type));

describe('pasted HTML with pictures', () => {
  it('a web page: the data: photo becomes a picture with its figcaption; the remote one is only counted', () => {
    const pasted = readPastedHtml(webPagePictureHtml, 0);
    expect([...pasted.pictures.values()].map(({ source, alt }) => [source.kind, alt])).toEqual([['data', 'Two delegations at a table']]);
    expect(pasted.remote).toBe(1);
    const blocks = placed(webPagePictureHtml);
    expect(shape(blocks)).toEqual(['heading', 'paragraph', 'picture:The signing ceremony in Baku', 'paragraph']);
    expect(JSON.stringify(blocks)).not.toMatch(/example\.org|data:|[\uE010-\uE012]/u);
  });

  it("Word: the picture at Word's own file is taken from the clipboard's image, and MsoCaption is its caption", () => {
    const pasted = readPastedHtml(wordPictureHtml, 1);
    expect([...pasted.pictures.values()]).toEqual([{ source: { kind: 'file', file: 0 }, alt: 'Two delegations at a table' }]);
    expect(shape(placed(wordPictureHtml, 1))).toEqual(['paragraph', 'picture:Memorandumun imzalanma mərasimi', 'paragraph']);
  });

  it('Word without picture data on the clipboard: the picture is left out and counted, the text stays', () => {
    const pasted = readPastedHtml(wordPictureHtml, 0);
    expect(pasted.pictures.size).toBe(0);
    expect(pasted.withoutData).toBe(1);
    const blocks = placed(wordPictureHtml, 0);
    expect(shape(blocks)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(JSON.stringify(blocks)).toContain('Memorandumun imzalanma mərasimi');
  });

  it('LibreOffice: the embedded PNG becomes a picture, its italic caption paragraph stays text (LibreOffice marks no caption)', () => {
    const pasted = readPastedHtml(libreOfficePictureHtml, 0);
    expect([...pasted.pictures.values()].map(({ source }) => source.kind)).toEqual(['data']);
    expect(shape(placed(libreOfficePictureHtml))).toEqual(['paragraph', 'picture:', 'paragraph', 'paragraph']);
  });

  it('a data: address of another type is not a picture, an oversized one is refused before decoding, and the hostile page keeps none', () => {
    const gif = readPastedHtml('<p>a<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>', 0);
    expect(gif.pictures.size).toBe(0);
    const huge = readPastedHtml(`<p><img src="data:image/png;base64,${'A'.repeat(28 * 1024 * 1024)}"></p>`, 0);
    expect([...huge.pictures.values()].map(({ source }) => source.kind)).toEqual(['too-large']);
    const hostile = readPastedHtml(hostileHtml, 0);
    expect(hostile.pictures.size).toBe(0);
    expect(JSON.stringify(placed(hostileHtml))).not.toMatch(/onerror|alert\(|[\uE010-\uE012]/u);
  });

  it('percent-encoded SVG is passed on as its bytes for the library to sanitise or refuse', () => {
    const pasted = readPastedHtml(`<p>x</p><img src="data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E">`, 0);
    const [picture] = pasted.pictures.values();
    expect(picture?.source.kind).toBe('data');
    expect(atob(picture?.source.kind === 'data' ? picture.source.base64 : '')).toBe("<svg xmlns='http://www.w3.org/2000/svg'/>");
  });
});
