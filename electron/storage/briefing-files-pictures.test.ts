import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { newPicture } from '../../shared/document/picture-normalization';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent } from '../../tests/support/service-errors';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { photoWithGps, pngBomb } from '../../tests/support/test-images';
import { prepareImage } from '../import/images/prepare-image';
import { exportBriefingFile, importBriefingFileWithPictures } from './briefing-files';
import { ImageStore } from './image-store';
import { openLibrary } from './library';

describe('.briefing.json format 3 carries pictures', () => {
  const folder = testLibraryFolder();

  async function withPicture() {
    const source = openLibrary(folder.path('source.sqlite'));
    const prepared = await prepareImage(await photoWithGps());
    if (!prepared.ok) throw new Error(prepared.refusal.id);
    new ImageStore(source.database).add(prepared.image);
    const created = source.briefings.create(templateContent('press-release'));
    const body = structuredClone(created.body);
    body[0]!.children = [newPicture(prepared.image, { caption: 'İmzalanma mərasimi', credit: 'AZƏRTAC', alt: 'Masa arxasında iki nümayəndə heyəti' })];
    source.briefings.save({ id: created.id, baseRevision: created.revision, body });
    const file = exportBriefingFile(source, created.id);
    source.close();
    return { file, image: prepared.image };
  }

  it('writes the picture’s bytes into the file and brings them into another library, where the picture shows', async () => {
    const { file, image } = await withPicture();
    const written = JSON.parse(file.contents) as { version: number; pictures: Record<string, { mime: string; base64: string }> };
    expect(written.version).toBe(3);
    expect(Object.keys(written.pictures)).toEqual([image.hash]);
    expect(await exifr.gps(Buffer.from(written.pictures[image.hash]?.base64 ?? '', 'base64')).catch(() => undefined)).toBeUndefined();

    const target = openLibrary(folder.path('target.sqlite'));
    const imported = await importBriefingFileWithPictures(target, file.contents);
    const picture = target.briefings.get(imported.id).body[0]?.children[0];
    expect(picture).toMatchObject({ type: 'picture', caption: 'İmzalanma mərasimi', credit: 'AZƏRTAC', width: 800, height: 500 });
    const hash = picture?.type === 'picture' ? picture.hash : '';
    expect(new ImageStore(target.database).info(hash)).toMatchObject({ mime: 'image/jpeg', width: 800, height: 500 });
    target.close();
  });

  it('refuses a file whose picture is an image bomb with one sentence, and adds nothing', async () => {
    const { file, image } = await withPicture();
    const hostile = JSON.parse(file.contents) as { pictures: Record<string, { mime: string; base64: string }> };
    hostile.pictures[image.hash] = { mime: 'image/png', base64: Buffer.from(pngBomb()).toString('base64') };
    const target = openLibrary(folder.path('target.sqlite'));
    const error: unknown = await importBriefingFileWithPictures(target, JSON.stringify(hostile)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe('This picture has more than 40 megapixels, so it was not added.');
    expect(target.briefings.list()).toEqual([]);
    expect(new ImageStore(target.database).count()).toBe(0);
    target.close();
  });
});
