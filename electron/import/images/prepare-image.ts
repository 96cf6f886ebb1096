import { createHash } from 'node:crypto';
import type { Metadata } from 'sharp';
import type { LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageMime } from '../../../shared/document/picture';

/** A picture ready for the library: re-encoded without metadata, upright, and addressed by its bytes' SHA-256. */
export interface PreparedImage {
  hash: string;
  mime: ImageMime;
  width: number;
  height: number;
  bytes: Uint8Array;
}

export type PrepareImageResult = { ok: true; image: PreparedImage } | { ok: false; refusal: LocalisedMessage };

const refuse = (id: LocalisedMessage['id']): PrepareImageResult => ({ ok: false, refusal: { id } });

/** sha-256 of the bytes as stored, lower-case hex: the picture's address in the library and in the body. */
export function imageHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').replace(/^\uFEFF/u, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/iu.test(head);
}

/**
 * Checks a picture and makes the copy the library keeps. The size is checked
 * before anything is decoded, the dimensions are read from the header alone
 * (sharp's `metadata()` does not decode pixels), so a 40-byte PNG that
 * declares 100,000 × 100,000 pixels is refused without allocating them.
 * Then the pixels are re-encoded in the same format with the camera's
 * orientation applied and every metadata block left behind (EXIF with GPS and
 * camera data, XMP, IPTC, PNG text chunks, WebP EXIF/XMP): what is stored is
 * all any export ever reads. An SVG is sanitised first (see `sanitizeSvg`)
 * and kept as a PNG rendered from it, so no export or page ever interprets SVG.
 */
export async function prepareImage(input: Uint8Array): Promise<PrepareImageResult> {
  if (input.byteLength > MAX_IMAGE_BYTES) return refuse('image.tooLarge');
  if (input.byteLength === 0) return refuse('image.unreadable');
  let source: Uint8Array = input;
  let fromSvg = false;
  // Loaded here, not at start: sharp and jsdom take a second to load, which every command would pay.
  const { default: sharp } = await import('sharp');
  if (looksLikeSvg(input)) {
    const { sanitizeSvg } = await import('./sanitize-svg');
    const clean = sanitizeSvg(Buffer.from(input).toString('utf8'));
    if (!clean.ok) return refuse('image.svgUnsafe');
    source = Buffer.from(clean.svg, 'utf8');
    fromSvg = true;
  }
  let header: Metadata;
  try {
    // No pixel limit here: metadata() reads the header only, and the limit below gives the sentence.
    header = await sharp(source, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('image.unreadable');
  }
  const format = header.format;
  if (format !== 'png' && format !== 'jpeg' && format !== 'webp' && !(fromSvg && format === 'svg')) return refuse('image.unsupported');
  if ((header.pages ?? 1) > 1) return refuse('image.unsupported');
  const { width, height } = header;
  if (!width || !height) return refuse('image.unreadable');
  if (width * height > MAX_IMAGE_PIXELS) return refuse('image.tooManyPixels');
  try {
    // limitInputPixels again: the header may lie about what the decoder then finds.
    const pipeline = sharp(source, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).autoOrient();
    const mime: ImageMime = format === 'jpeg' ? 'image/jpeg' : format === 'webp' ? 'image/webp' : 'image/png';
    const encoded =
      mime === 'image/jpeg'
        ? pipeline.jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
        : mime === 'image/webp'
          ? pipeline.webp({ quality: 90 })
          : pipeline.png({ compressionLevel: 9 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    if (data.byteLength > MAX_IMAGE_BYTES) return refuse('image.tooLarge');
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return { ok: true, image: { hash: imageHash(bytes), mime, width: info.width, height: info.height, bytes } };
  } catch {
    return refuse('image.unreadable');
  }
}
