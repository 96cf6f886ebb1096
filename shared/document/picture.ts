/**
 * Pictures in the body: the limits and formats every layer shares. The
 * block itself is `pictureSchema` in `briefing-body.ts`; the bytes live once
 * in the library's `images` table, addressed by their SHA-256.
 */

/** Largest picture file accepted, checked before anything is decoded. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Most pixels accepted (40 megapixels), read from the file's header before decoding. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export const imageMimes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageMime = (typeof imageMimes)[number];

/** Press layouts rather than free dragging: the text width, or half of it, centred. */
export const pictureLayouts = ['full', 'half'] as const;
export type PictureLayout = (typeof pictureLayouts)[number];

export const MAX_PICTURE_ALT = 1000;
export const MAX_PICTURE_CAPTION = 2000;
export const MAX_PICTURE_CREDIT = 500;

/** What the library knows of a stored picture, without its bytes (`show --json`, the editor). */
export interface ImageInfo {
  hash: string;
  mime: ImageMime;
  width: number;
  height: number;
  byteSize: number;
}
