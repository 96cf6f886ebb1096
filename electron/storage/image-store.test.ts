import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newPicture } from '../../shared/document/picture-normalization';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent } from '../../tests/support/service-errors';
import { prepareImage } from '../import/images/prepare-image';
import { ImageStore } from './image-store';
import { openLibrary } from './library';

/** A photo-like picture of over 100 kB that does not compress away (noise). */
async function noisyPhoto(): Promise<Uint8Array> {
  const raw = Buffer.alloc(400 * 300 * 3);
  let seed = 7;
  for (let index = 0; index < raw.length; index += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    raw[index] = seed >> 16;
  }
  const prepared = await prepareImage(await sharp(raw, { raw: { width: 400, height: 300, channels: 3 } }).jpeg({ quality: 95 }).toBuffer());
  if (!prepared.ok) throw new Error(prepared.refusal.id);
  return prepared.image.bytes;
}

describe('ImageStore', () => {
  const folder = testLibraryFolder();

  it('keeps a picture once across saves, revisions, a duplicate and a backup; the file grows by its bytes once', async () => {
    const bytes = await noisyPhoto();
    const prepared = await prepareImage(bytes);
    if (!prepared.ok) throw new Error(prepared.refusal.id);
    const image = prepared.image;
    expect(image.bytes.byteLength).toBeGreaterThan(100_000);

    const library = openLibrary(folder.path());
    const images = new ImageStore(library.database);
    expect(images.add(image)).toBe(true);
    expect(images.add(image)).toBe(false);
    const created = library.briefings.create(templateContent('meeting-readout'));
    library.database.pragma('wal_checkpoint(TRUNCATE)');
    const sizeWithImage = statSync(folder.path()).size;

    let revision = created.revision;
    for (let save = 0; save < 30; save += 1) {
      const body = structuredClone(library.briefings.get(created.id).body);
      body[0]!.children = [{ type: 'paragraph', children: [{ text: `Save ${save}` }] }, newPicture(image, { caption: `Caption ${save}`, credit: 'Press service' })];
      revision = library.briefings.save({ id: created.id, baseRevision: revision, body }).revision;
      library.revisions.record(created.id, { reason: 'manual' });
    }
    library.database.pragma('wal_checkpoint(TRUNCATE)');
    // Thirty revisions of a body with the picture: less than one more copy of it.
    expect(statSync(folder.path()).size - sizeWithImage).toBeLessThan(image.bytes.byteLength);
    expect(images.count()).toBe(1);

    const copy = library.briefings.duplicate(created.id);
    const picture = copy.body[0]!.children[1];
    expect(picture).toMatchObject({ type: 'picture', hash: image.hash, caption: 'Caption 29', credit: 'Press service' });
    expect(images.get(image.hash)?.bytes).toEqual(image.bytes);
    expect(images.info(image.hash)).toEqual({ hash: image.hash, mime: 'image/jpeg', width: 400, height: 300, byteSize: image.bytes.byteLength });

    const backup = folder.path('backup.sqlite');
    await library.backups.writeTo(backup);
    library.close();
    const fromBackup = new Database(backup, { readonly: true });
    expect(new ImageStore(fromBackup).get(image.hash)?.bytes).toEqual(image.bytes);
    fromBackup.close();
  });
});
