import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canMount, ScratchMounts } from '../../tests/support/scratch-mounts';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { openLibrary, startLibrary } from './library';

const garbage = 'These are meeting notes, not a database.\n'.repeat(200);

describe('startLibrary and backups', () => {
  const folder = testLibraryFolder();

  it('moves a file that is not a database aside, unchanged, and restores the latest automatic backup', async () => {
    const first = openLibrary(folder.path(), { clock: () => new Date('2026-11-28T08:00:00Z') });
    first.briefings.create({ ...templateContent(), title: 'Kept in the backup' });
    const backup = await first.backups.runAutomatic();
    expect(backup).toMatchObject({ kind: 'automatic', createdAt: '2026-11-28T08:00:00.000Z' });
    first.close();
    writeFileSync(folder.path(), garbage);

    const library = startLibrary(folder.path(), { clock: () => new Date('2026-11-29T08:00:00Z') });
    const status = library.status();
    if (status.state !== 'recovery') throw new Error('expected the recovery state');
    expect(status.problem).toMatch(/^The library file was damaged or is not a Briefing Desk library\. It has been moved aside to /);
    expect(readFileSync(status.movedAsideTo, 'utf8')).toBe(garbage);
    expect(status.latestBackup?.name).toBe(backup?.name);
    expect(thrownBy(() => library.briefings.list()).message).toMatch(/^The library is not open: /);

    expect(await library.recover('restore-latest-backup')).toEqual({ state: 'open', file: folder.path() });
    expect(library.briefings.list().map((briefing) => briefing.title)).toEqual(['Kept in the backup']);
    expect(library.check()).toEqual({ ok: true, findings: [] });
    library.close();
  });

  it('starts an empty library when asked, without the demo, and keeps the damaged file', async () => {
    writeFileSync(folder.path(), garbage);
    const library = startLibrary(folder.path(), { seedDemo: true });
    const status = library.status();
    expect(status).toMatchObject({ state: 'recovery', latestBackup: null });
    await expect(library.recover('restore-latest-backup')).rejects.toThrow(/no automatic backup/);
    await library.recover('start-empty');
    expect(library.briefings.list()).toEqual([]);
    library.close();
    const again = startLibrary(folder.path(), { seedDemo: true });
    expect(again.briefings.list()).toEqual([]);
    again.close();
    expect(readdirSync(dirname(folder.path())).filter((name) => name.includes('.damaged-'))).toHaveLength(1);
  });

  it('does not move aside a library written by a newer version: it is sound, only newer', () => {
    openLibrary(folder.path()).close();
    const database = new Database(folder.path());
    database.pragma('user_version = 9999');
    database.close();
    expect(thrownBy(() => startLibrary(folder.path())).message).toMatch(/newer version of Briefing Desk/);
    expect(existsSync(folder.path())).toBe(true);
    expect(readdirSync(dirname(folder.path())).filter((name) => name.includes('.damaged-'))).toEqual([]);
  });

  it('makes at most one automatic backup a day and keeps 7 plus one a month', async () => {
    let now = Date.parse('2026-01-01T06:00:00Z');
    const library = openLibrary(folder.path(), { clock: () => new Date(now) });
    expect(await library.backups.runAutomatic()).toBeDefined();
    expect(await library.backups.runAutomatic()).toBeUndefined();
    for (let day = 1; day < 120; day += 1) {
      now += 86_400_000;
      await library.backups.runAutomatic();
    }
    await library.backups.create('manual');
    const backups = library.backups.list();
    expect(backups.filter((backup) => backup.kind === 'manual')).toHaveLength(1);
    // 29 April: the last 7 days, plus the newest of January, February and March.
    expect(backups.filter((backup) => backup.kind === 'automatic').map((backup) => backup.createdAt.slice(0, 10))).toEqual([
      '2026-04-30', '2026-04-29', '2026-04-28', '2026-04-27', '2026-04-26', '2026-04-25', '2026-04-24', '2026-03-31', '2026-02-28', '2026-01-31',
    ]);
    expect(readdirSync(library.backups.folder).some((name) => name.endsWith('.partial'))).toBe(false);
    library.close();
  });

  it('restores a chosen backup, keeping the current file aside first', async () => {
    let now = Date.parse('2026-11-29T08:00:00Z');
    const library = openLibrary(folder.path(), { clock: () => new Date((now += 1000)) });
    library.briefings.create({ ...templateContent(), title: 'Before the backup' });
    const backup = await library.backups.create('manual');
    library.briefings.create({ ...templateContent(), title: 'After the backup' });

    await library.restoreBackup(backup.name);
    expect(library.briefings.list().map((briefing) => briefing.title)).toEqual(['Before the backup']);
    const aside = readdirSync(dirname(folder.path())).find((name) => name.includes('.replaced-'));
    expect(aside).toBeDefined();
    const kept = openLibrary(join(dirname(folder.path()), aside ?? ''));
    expect(kept.briefings.list().map((briefing) => briefing.title).sort()).toEqual(['After the backup', 'Before the backup']);
    kept.close();
    await expect(library.restoreBackup('../library.sqlite')).rejects.toThrow(/no backup called/);
    library.close();
  });

  it.skipIf(!canMount)('restores a backup kept on a read-only disk, and writes nothing there', async () => {
    const mounts = new ScratchMounts();
    try {
      const library = openLibrary(folder.path());
      library.briefings.create({ ...templateContent(), title: 'On the archive disk' });
      const backup = await library.backups.create('manual');
      library.briefings.create({ ...templateContent(), title: 'Written later' });
      const disk = join(dirname(folder.path()), 'archive');
      mkdirSync(disk);
      copyFileSync(library.backups.path(backup.name), join(disk, 'backup.sqlite'));
      mounts.readOnly(disk);

      await library.restoreFromFile(join(disk, 'backup.sqlite'));
      expect(library.briefings.list().map((briefing) => briefing.title)).toEqual(['On the archive disk']);
      expect(readdirSync(disk)).toEqual(['backup.sqlite']);
      library.close();
    } finally {
      mounts.unmountAll();
    }
  });

  it('restores only a sound library of a known schema: an empty file, a device, a text file, an empty database or a foreign one changes nothing', async () => {
    const library = openLibrary(folder.path());
    library.briefings.create({ ...templateContent(), title: 'Kept' });
    const scratch = dirname(folder.path());
    const path = (name: string) => join(scratch, name);
    writeFileSync(path('empty.sqlite'), '');
    symlinkSync('/dev/zero', path('zero.sqlite'));
    writeFileSync(path('text.sqlite'), 'SQLite? No, a shopping list.');
    new Database(path('blank.sqlite')).close();
    const foreign = new Database(path('foreign.sqlite'));
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    foreign.close();
    const newer = new Database(path('newer.sqlite'));
    newer.pragma('user_version = 9999');
    newer.exec('CREATE TABLE briefings (id TEXT)');
    newer.close();
    const refusals = {
      'empty.sqlite': 'it is empty.',
      'zero.sqlite': 'it is not a regular file (a device, a pipe or a socket).',
      'text.sqlite': 'it is not a Briefing Desk library.',
      'blank.sqlite': 'it is empty.',
      'foreign.sqlite': 'it holds no Briefing Desk library.',
      'newer.sqlite': 'it was written by a newer version of Briefing Desk; update the app first.',
    };
    for (const [name, reason] of Object.entries(refusals)) {
      await expect(library.restoreFromFile(path(name)), name).rejects.toThrow(`${path(name)} is not a usable Briefing Desk backup: ${reason}`);
    }
    expect(library.briefings.list().map((briefing) => briefing.title)).toEqual(['Kept']);
    expect(readdirSync(scratch).some((name) => name.includes('.replaced-'))).toBe(false);
    library.close();
  });

  it('empties the Trash of briefings deleted more than 30 days ago when the library opens', () => {
    let now = Date.parse('2026-10-01T08:00:00Z');
    const clock = () => new Date(now);
    const library = openLibrary(folder.path(), { clock });
    const old = library.briefings.create({ ...templateContent(), title: 'Old' });
    const recent = library.briefings.create({ ...templateContent(), title: 'Recent' });
    library.revisions.record(old.id, { reason: 'manual', label: 'kept until the briefing goes' });
    library.briefings.moveToTrash(old.id);
    now += 20 * 86_400_000;
    library.briefings.moveToTrash(recent.id);
    library.close();
    now += 11 * 86_400_000;
    const reopened = openLibrary(folder.path(), { clock });
    expect(reopened.search.search({ trashed: true }).hits.map((hit) => hit.title)).toEqual(['Recent']);
    expect(reopened.database.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    reopened.close();
  });

  it('duplicates a briefing as a new draft titled "Copy of …", without its history', () => {
    const library = openLibrary(folder.path());
    const original = library.briefings.create({ ...templateContent(), title: 'Görüş' });
    library.revisions.record(original.id, { reason: 'manual', label: 'v1' });
    const copy = library.briefings.duplicate(original.id);
    expect(copy).toMatchObject({ title: 'Copy of Görüş', revision: 1, status: 'draft', body: original.body });
    expect(copy.id).not.toBe(original.id);
    expect(library.revisions.list(copy.id)).toEqual([]);
    expect(library.search.search({ text: 'gorus' }).total).toBe(2);
    library.close();
  });
});
