import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingBody } from '../../shared/document/briefing-body';
import type { ImageInfo } from '../../shared/document/picture';
import { newPicture } from '../../shared/document/picture-normalization';
import { pngWithText } from '../../tests/support/test-images';
import { templateContent } from '../../tests/support/service-errors';
import { prepareImage } from '../import/images/prepare-image';
import { ImageStore } from '../storage/image-store';
import { openLibrary, type Library } from '../storage/library';
import { runLibraryMaintenance } from './library-service';
import { keepPicture } from './picture-service';

let folder = '';
let library: Library;
let now = new Date();

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-maintenance-'));
  now = new Date();
  library = openLibrary(join(folder, 'library.sqlite'), { clock: () => now });
});
afterEach(() => {
  library.close();
  rmSync(folder, { recursive: true, force: true });
});

const picture = async (red: number): Promise<ImageInfo> => keepPicture(library, await pngWithText(40, 30, { r: red, g: 90, b: 200 }));

/** A press release whose body holds `image` (or nothing) in its first section. */
function withBody(id: string | undefined, image: ImageInfo | undefined): string {
  const briefing = id === undefined ? library.briefings.create({ ...templateContent('press-release'), title: 'Memorandum' }) : library.briefings.get(id);
  const body: BriefingBody = structuredClone(briefing.body);
  body[0]!.children = [{ type: 'paragraph', children: [{ text: 'Signed in Baku.' }] }, ...(image ? [newPicture(image)] : [])];
  library.briefings.save({ id: briefing.id, baseRevision: briefing.revision, body });
  return briefing.id;
}

describe('the library maintenance removes pictures nothing uses', () => {
  it('keeps what a body, a revision or the Trash uses and what was just added; removes the rest, after the day\'s backup', async () => {
    const images = new ImageStore(library.database);
    const inBody = await picture(10);
    const inRevisionOnly = await picture(40);
    const inTrash = await picture(70);
    const unused = await picture(100);
    const deletedForever = await picture(130);

    withBody(undefined, inBody);
    const revised = withBody(undefined, inRevisionOnly);
    library.revisions.record(revised, { reason: 'manual' });
    withBody(revised, undefined);
    library.briefings.moveToTrash(withBody(undefined, inTrash));
    const gone = withBody(undefined, deletedForever);
    library.briefings.moveToTrash(gone);
    library.briefings.deleteForever(gone);

    // Two days on, a picture is added (pasted, not yet autosaved into a body): it must stay.
    now = new Date(now.getTime() + 2 * 24 * 60 * 60 * 1000);
    const prepared = await prepareImage(await pngWithText(40, 30, { r: 160, g: 90, b: 200 }));
    if (!prepared.ok) throw new Error('the test picture was refused');
    new ImageStore(library.database, () => now).add(prepared.image);
    expect(images.count()).toBe(6);

    expect(await runLibraryMaintenance(library, undefined, now)).toEqual({ imagesRemoved: 2 });
    for (const kept of [inBody, inRevisionOnly, inTrash]) expect(images.info(kept.hash)).toMatchObject({ hash: kept.hash });
    expect(images.info(prepared.image.hash)).toBeDefined();
    expect(images.info(unused.hash)).toBeUndefined();
    expect(images.info(deletedForever.hash)).toBeUndefined();
    // The backup made first still holds every picture.
    const [backup] = library.backups.list();
    expect(backup?.kind).toBe('automatic');
    const fromBackup = openLibrary(join(folder, 'backups', backup?.name ?? ''));
    try {
      expect(new ImageStore(fromBackup.database).count()).toBe(6);
    } finally {
      fromBackup.close();
    }

    // Once a day: a second start the same day changes nothing.
    const again = await picture(190);
    now = new Date(now.getTime() + 60_000);
    expect(await runLibraryMaintenance(library, undefined, now)).toEqual({ imagesRemoved: 0 });
    expect(images.info(again.hash)).toBeDefined();
  });
});
