import { readFile, stat } from 'node:fs/promises';
import { MAX_IMAGE_BYTES, type ImageInfo } from '../../shared/document/picture';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { PictureService } from '../../shared/ipc/picture-service';
import { prepareImage } from '../import/images/prepare-image';
import { ImageStore } from '../storage/image-store';
import type { Library } from '../storage/library';
import { withStorageErrors } from '../storage/storage-error';
import type { OpenDialog } from './ports';

/** The library's pictures over its open database (a restored backup brings its own). */
export function imageStore(library: Library): ImageStore {
  return new ImageStore(library.database);
}

/** Checks, strips and keeps a picture's bytes; the refusal's sentence when it is not one the library takes. */
export async function keepPicture(library: Library, bytes: Uint8Array): Promise<ImageInfo> {
  const prepared = await prepareImage(bytes);
  if (!prepared.ok) throw new ServiceError('invalid-argument', prepared.refusal);
  const { image } = prepared;
  withStorageErrors({ id: 'storage.pictureKeep' }, () => imageStore(library).add(image));
  return { hash: image.hash, mime: image.mime, width: image.width, height: image.height, byteSize: image.bytes.byteLength };
}

/** A picture file from disk: its size is checked before it is read. */
export async function keepPictureFile(library: Library, path: string): Promise<ImageInfo> {
  let size: number;
  try {
    const found = await stat(path);
    if (!found.isFile()) throw new Error('not a file');
    size = found.size;
  } catch {
    throw new ServiceError('invalid-argument', { id: 'image.unreadable' });
  }
  if (size > MAX_IMAGE_BYTES) throw new ServiceError('invalid-argument', { id: 'image.tooLarge' });
  return keepPicture(library, await readFile(path));
}

export function createPictureService(library: Library, dialogs: OpenDialog): PictureService {
  return {
    async choosePicture() {
      if (!dialogs.chooseImportFile) throw new ServiceError('invalid-argument', { id: 'image.needsFile' });
      const path = await dialogs.chooseImportFile('picture');
      return path === null ? null : keepPictureFile(library, path);
    },
    addPicture: async (base64) => keepPicture(library, Buffer.from(base64, 'base64')),
    async pictureBytes(hash) {
      const image = imageStore(library).get(hash);
      if (!image) throw new ServiceError('not-found', { id: 'image.missing' });
      return { mime: image.mime, base64: Buffer.from(image.bytes).toString('base64') };
    },
    describePictures: async (hashes) => hashes.flatMap((hash) => imageStore(library).info(hash) ?? []),
  };
}
