import { z } from 'zod';
import type { ImageInfo, ImageMime } from '../document/picture';
import { MAX_IMAGE_BYTES } from '../document/picture';
import type { ServiceArgumentSchemas } from './service-contract';

/** Base64 of at most `MAX_IMAGE_BYTES` bytes: how picture bytes cross the bridge (the e2e harness's binding carries JSON only). */
export const pictureBytesSchema = z
  .string()
  .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 4, 'This picture is larger than 20 MB, so it was not added.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Picture bytes arrive as base64.');

export const pictureHashSchema = z.string().regex(/^[0-9a-f]{64}$/u, 'A picture is named by the SHA-256 of its bytes.');

/** A stored picture's bytes for the page to show (as a blob URL: never an address to fetch). */
export interface PictureBytes {
  mime: ImageMime;
  base64: string;
}

/**
 * Pictures for the body: each is checked (size, megapixels, format; SVG
 * sanitised), stripped of metadata and kept once in the library, then placed
 * in the body by its hash. A refusal is one sentence (`image.*` in the catalogs).
 */
export interface PictureService {
  /** Asks for a picture file (the native open dialog) and keeps it; null when the person cancels. */
  choosePicture(): Promise<ImageInfo | null>;
  /** Keeps a pasted or dropped picture, given as base64. */
  addPicture(base64: string): Promise<ImageInfo>;
  /** A stored picture's bytes. */
  pictureBytes(hash: string): Promise<PictureBytes>;
  /** What the library knows of these pictures (type, pixels, size in bytes), without their bytes; a hash it lacks is left out. */
  describePictures(hashes: string[]): Promise<ImageInfo[]>;
}

export const pictureServiceArguments = {
  choosePicture: z.tuple([]),
  addPicture: z.tuple([pictureBytesSchema]),
  pictureBytes: z.tuple([pictureHashSchema]),
  describePictures: z.tuple([z.array(pictureHashSchema).max(10_000)]),
} satisfies ServiceArgumentSchemas<PictureService>;
