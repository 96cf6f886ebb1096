import { mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { canMount, mountSkipWarning, ScratchMounts } from '../../tests/support/scratch-mounts';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { openLibrary, startLibrary } from './library';

mountSkipWarning('disk-failures');

function withLede(body: BriefingBody, text: string): BriefingBody {
  const copy = structuredClone(body);
  copy[0]!.children = [{ type: 'paragraph', children: [{ text }] }];
  return copy;
}

/** Writes zeros until the file system says it is full. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!canMount)('a full disk and a read-only folder, for real', () => {
  let mountPoint: string;
  const mounts = new ScratchMounts();
  beforeEach(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'briefing-desk-disk-'));
  });
  afterEach(() => {
    mounts.unmountAll();
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses a save on a full disk with "The disk is full", keeps what was stored, and saves once there is room', () => {
    mounts.tmpfs(mountPoint, '2m');
    const library = openLibrary(join(mountPoint, 'library.sqlite'));
    const created = library.briefings.create(templateContent());
    library.briefings.save({ id: created.id, baseRevision: 1, body: withLede(created.body, 'Stored before the disk filled up') });
    fillDisk(join(mountPoint, 'filler'));

    const big = withLede(created.body, `Bakı ${'The sides underlined the importance of the conference. '.repeat(4000)}`);
    const error = thrownBy(() => library.briefings.save({ id: created.id, baseRevision: 2, body: big }));
    expect(error.message).toBe('The disk is full: the briefing could not be saved. Free some space; your text is still on screen.');
    expect(library.briefings.get(created.id)).toMatchObject({ revision: 2 });
    expect(library.search.search({ text: 'baki' }).total).toBe(0);
    expect(library.check().ok).toBe(true);

    rmSync(join(mountPoint, 'filler'));
    expect(library.briefings.save({ id: created.id, baseRevision: 2, body: big }).revision).toBe(3);
    expect(library.search.search({ text: 'baki' }).total).toBe(1);
    library.close();
  });

  it('says the disk is read-only when the library folder is, and leaves the file as it was', async () => {
    const folder = join(mountPoint, 'library');
    mkdirSync(folder);
    const library = openLibrary(join(folder, 'library.sqlite'));
    library.briefings.create({ ...templateContent(), title: 'Written before' });
    library.close();
    mounts.readOnly(folder);

    const error = thrownBy(() => startLibrary(join(folder, 'library.sqlite')));
    expect(error.message).toMatch(/cannot be opened for writing: the disk is read-only or you have no permission to change it\.$/);
    mounts.unmount();
    const reopened = openLibrary(join(folder, 'library.sqlite'));
    expect(reopened.briefings.list().map((briefing) => briefing.title)).toEqual(['Written before']);
    reopened.close();
  });
});
