import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { english } from '../../../shared/i18n/english';
import { createTranslator } from '../../../shared/i18n/translator';
import { friendlySvg, hostileSvgs, jpegWithGps, pngBomb, pngWithText } from '../../../tests/support/test-images';
import { imageHash, prepareImage } from './prepare-image';

describe('prepareImage', () => {
  it('keeps a phone photo without its EXIF: no GPS position, no camera, same pixels size', async () => {
    const input = await jpegWithGps();
    const gps = (await exifr.gps(Buffer.from(input))) as { latitude: number } | undefined;
    expect(gps?.latitude).toBeCloseTo(40.4, 1);
    const result = await prepareImage(input);
    if (!result.ok) throw new Error(result.refusal.id);
    expect(result.image).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 });
    expect(await exifr.gps(Buffer.from(result.image.bytes))).toBeUndefined();
    expect(await exifr.parse(Buffer.from(result.image.bytes))).toBeUndefined();
    expect(Buffer.from(result.image.bytes).includes('PressCam')).toBe(false);
    expect(result.image.hash).toBe(imageHash(result.image.bytes));
  });

  it('drops a PNG text chunk and gives the same picture the same address every time', async () => {
    const input = await pngWithText();
    expect(Buffer.from(input).includes('tEXt')).toBe(true);
    const first = await prepareImage(input);
    const second = await prepareImage(input);
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(first.image.mime).toBe('image/png');
    expect(Buffer.from(first.image.bytes).includes('tEXt')).toBe(false);
    expect(Buffer.from(first.image.bytes).includes('PressCam')).toBe(false);
    expect(second.image.hash).toBe(first.image.hash);
  });

  it('keeps WebP as WebP', async () => {
    const webp = await sharp({ create: { width: 20, height: 10, channels: 3, background: 'green' } }).webp().withExif({ IFD0: { Make: 'PressCam' } }).toBuffer();
    const result = await prepareImage(webp);
    if (!result.ok) throw new Error(result.refusal.id);
    expect(result.image).toMatchObject({ mime: 'image/webp', width: 20, height: 10 });
    expect(Buffer.from(result.image.bytes).includes('EXIF')).toBe(false);
  });

  it('refuses an image bomb from its header, with one sentence', async () => {
    const bomb = pngBomb();
    expect(bomb.byteLength).toBeLessThan(200);
    const result = await prepareImage(bomb);
    expect(result).toEqual({ ok: false, refusal: { id: 'image.tooManyPixels' } });
    expect(english('image.tooManyPixels')).toBe('This picture has more than 40 megapixels, so it was not added.');
    expect(createTranslator('az')('image.tooManyPixels')).toBe('Şəkil 40 meqapikseldən böyükdür, ona görə əlavə edilmədi.');
  });

  it('refuses more than 20 MB before reading it', async () => {
    expect(await prepareImage(new Uint8Array(20 * 1024 * 1024 + 1))).toEqual({ ok: false, refusal: { id: 'image.tooLarge' } });
  });

  it('refuses formats it does not take, and bytes that are no picture', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } }).gif().toBuffer();
    expect(await prepareImage(gif)).toEqual({ ok: false, refusal: { id: 'image.unsupported' } });
    expect(await prepareImage(Buffer.from('not a picture at all'))).toEqual({ ok: false, refusal: { id: 'image.unreadable' } });
    const truncated = (await jpegWithGps()).subarray(0, 300);
    expect((await prepareImage(truncated)).ok).toBe(false);
  });

  it('takes a plain SVG drawing as a PNG rendered from it', async () => {
    const result = await prepareImage(Buffer.from(friendlySvg));
    if (!result.ok) throw new Error(result.refusal.id);
    expect(result.image).toMatchObject({ mime: 'image/png', width: 120, height: 60 });
  });

  it.each(Object.entries(hostileSvgs))('refuses a hostile SVG (%s) whole, with one sentence', async (_name, svg) => {
    expect(await prepareImage(Buffer.from(svg))).toEqual({ ok: false, refusal: { id: 'image.svgUnsafe' } });
  });
});
