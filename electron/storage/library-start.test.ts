import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent } from '../../tests/support/service-errors';
import { walCrasher } from '../../tests/support/wal-crash';
import { openLibrary, startLibrary } from './library';
import { integrityFindings } from './library-database';

// The app's start reads no more of the file than it needs; SQLite's full check runs in the background
// (a worker thread in the app; `integrityFindings` in this thread here). These cases show what each part sees.

const dayBefore = () => new Date('2026-11-28T08:00:00Z');
const today = () => new Date('2026-11-29T08:00:00Z');
const fullCheck = async (file: string) => integrityFindings(file);

/** A library with history long enough to span many pages, and yesterday's automatic backup. */
async function libraryWithHistory(file: string): Promise<string[]> {
  const library = openLibrary(file, { clock: dayBefore });
  const titles: string[] = [];
  for (let index = 0; index < 6; index += 1) {
    const content = templateContent();
    const body = content.body.map((section) => ({ ...section, children: [{ type: 'paragraph' as const, children: [{ text: `Section text ${index} `.repeat(400) }] }] }));
    const created = library.briefings.create({ ...content, title: `Readout ${index}`, body });
    library.revisions.record(created.id, { reason: 'manual', label: 'Sent to the minister' });
    titles.push(created.title);
  }
  await library.backups.runAutomatic();
  library.close();
  return titles;
}

/** Flips the page-type byte of a page holding saved versions: damage no start-up read touches, which every check sees. */
function damageHistoryPage(file: string, { crashed = false } = {}): void {
  // Read-write, so that closing removes the -wal and -shm as the app's clean close does; read-only after a crash, to leave them.
  const database = new Database(file, { readonly: crashed });
  const pageSize = database.pragma('page_size', { simple: true }) as number;
  const page = database.prepare<[], { pageno: number }>("SELECT pageno FROM dbstat WHERE name = 'revisions' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").get()?.pageno;
  database.close();
  if (page === undefined) throw new Error('the revisions table has no leaf page');
  const bytes = readFileSync(file);
  const offset = (page - 1) * pageSize;
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x40;
  writeFileSync(file, bytes);
}

describe('starting the library without reading every page', () => {
  const folder = testLibraryFolder();
  let crashAfterWriting: Awaited<ReturnType<typeof walCrasher>>;
  beforeAll(async () => {
    crashAfterWriting = await walCrasher();
  }, 60_000);

  it('keeps a sound library open and usable once the background check has passed', async () => {
    const titles = await libraryWithHistory(folder.path());
    const library = startLibrary(folder.path(), { clock: today });
    expect(await library.verifyInBackground(fullCheck)).toBe('sound');
    expect(library.status()).toEqual({ state: 'open', file: folder.path() });
    expect(library.briefings.list().map((briefing) => briefing.title).sort()).toEqual(titles.sort());
    library.briefings.create({ ...templateContent(), title: 'Written after the check' });
    library.close();
  });

  it('opens a cleanly closed library with a damaged page; the background check then moves it aside, with what was saved meanwhile, and offers the backup', async () => {
    const file = folder.path();
    const titles = await libraryWithHistory(file);
    damageHistoryPage(file);
    const asFound = readFileSync(file);

    const library = startLibrary(file, { clock: today });
    // The window is usable before the check has run: the list, and a save.
    expect(library.status()).toEqual({ state: 'open', file });
    expect(library.briefings.list()).toHaveLength(titles.length);
    library.briefings.create({ ...templateContent(), title: 'Written before the check finished' });

    expect(await library.verifyInBackground(fullCheck)).toBe('damaged');
    const status = library.status();
    if (status.state !== 'recovery') throw new Error(`expected recovery, got ${JSON.stringify(status)}`);
    expect(status.problem).toBe(`The library file was damaged or is not a Briefing Desk library. It has been moved aside to ${status.movedAsideTo}, unchanged.`);
    expect(status.latestBackup).toMatchObject({ kind: 'automatic', createdAt: '2026-11-28T08:00:00.000Z' });
    expect(existsSync(file)).toBe(false);
    // Kept as it was when the damage was found: the main file byte for byte, the save since then in its -wal.
    expect(readFileSync(status.movedAsideTo).equals(asFound)).toBe(true);
    const kept = new Database(status.movedAsideTo, { readonly: true });
    expect(kept.prepare('SELECT title FROM briefings WHERE title = ?').pluck().get('Written before the check finished')).toBe('Written before the check finished');
    kept.close();
    expect(() => library.briefings.list()).toThrow(/^The library is not open: /);

    expect(await library.recover('restore-latest-backup')).toEqual({ state: 'open', file });
    expect(library.briefings.list().map((briefing) => briefing.title).sort()).toEqual(titles.sort());
    library.close();
  });

  it('after an unclean shutdown opens without reading every page: the window lists and saves, then the background check moves the file and its -wal aside with that save', async () => {
    const file = folder.path();
    const titles = await libraryWithHistory(file);
    // Killed while saving: the -wal and -shm stay beside the file, as after a crash.
    crashAfterWriting(file, 2);
    damageHistoryPage(file, { crashed: true });
    const asFound = readFileSync(file);

    const library = startLibrary(file, { clock: today });
    // Usable before any check has run: the list (with the two saves from the -wal) and a save.
    expect(library.status()).toEqual({ state: 'open', file });
    expect(library.briefings.list()).toHaveLength(titles.length + 2);
    library.briefings.create({ ...templateContent(), title: 'Written before the check finished' });
    // The file that may be damaged is not written before the check has passed: the save is in the -wal.
    expect(readFileSync(file).equals(asFound)).toBe(true);

    expect(await library.verifyInBackground(fullCheck)).toBe('damaged');
    const status = library.status();
    if (status.state !== 'recovery') throw new Error(`expected recovery, got ${JSON.stringify(status)}`);
    expect(status.latestBackup).toMatchObject({ kind: 'automatic', createdAt: '2026-11-28T08:00:00.000Z' });
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(status.movedAsideTo).equals(asFound)).toBe(true);
    const kept = new Database(status.movedAsideTo, { readonly: true });
    expect(kept.prepare('SELECT title FROM briefings WHERE title = ?').pluck().get('Written before the check finished')).toBe('Written before the check finished');
    kept.close();

    expect(await library.recover('restore-latest-backup')).toEqual({ state: 'open', file });
    expect(library.briefings.list().map((briefing) => briefing.title).sort()).toEqual(titles.sort());
    library.close();
  });

  it('after an unclean shutdown keeps every save in the -wal until the background check has passed, then checkpoints again', async () => {
    const file = folder.path();
    await libraryWithHistory(file);
    crashAfterWriting(file, 2);
    const asFound = readFileSync(file);

    const library = startLibrary(file, { clock: today });
    // More than SQLite's automatic checkpoint threshold (1,000 pages), which would otherwise write them into the file.
    const pageSize = library.database.pragma('page_size', { simple: true }) as number;
    for (let index = 0; statSync(`${file}-wal`).size <= 1200 * pageSize; index += 1) {
      const content = templateContent();
      const body = content.body.map((section) => ({ ...section, children: [{ type: 'paragraph' as const, children: [{ text: `Saved during the check ${index} `.repeat(600) }] }] }));
      library.briefings.create({ ...content, title: `Saved during the check ${index}`, body });
    }
    expect(readFileSync(file).equals(asFound)).toBe(true);

    expect(await library.verifyInBackground(fullCheck)).toBe('sound');
    library.briefings.create({ ...templateContent(), title: 'Saved after the check' });
    // Found sound: the next save past the threshold checkpoints the -wal into the file.
    expect(readFileSync(file).equals(asFound)).toBe(false);
    library.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare("SELECT count(*) FROM briefings WHERE title LIKE 'Saved %'").pluck().get()).toBeGreaterThan(2);
    reopened.close();
  });

  it('closing before the background check has passed keeps the -wal beside the untouched file; the next start is unclean again and has every save', async () => {
    const file = folder.path();
    const titles = await libraryWithHistory(file);
    crashAfterWriting(file, 2);
    const asFound = readFileSync(file);

    const library = startLibrary(file, { clock: today });
    library.briefings.create({ ...templateContent(), title: 'Saved before the app closed' });
    library.close();
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(readFileSync(file).equals(asFound)).toBe(true);

    const again = startLibrary(file, { clock: today });
    expect(again.briefings.list()).toHaveLength(titles.length + 3);
    expect(await again.verifyInBackground(fullCheck)).toBe('sound');
    again.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('a second crash before the background check has passed loses nothing: the -wal keeps both crashes\' saves', async () => {
    const file = folder.path();
    const titles = await libraryWithHistory(file);
    // A first crash with a -wal past SQLite's automatic checkpoint threshold: any commit on a connection that did not hold its checkpoints would write it into the file.
    crashAfterWriting(file, 200);
    const asFound = readFileSync(file);
    // The page size, from the file's header.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1000 * asFound.readUInt16BE(16));
    // Started as the app starts, three saves, and killed again before its check could pass.
    crashAfterWriting(file, 3, { asTheAppStarts: true });
    expect(readFileSync(file).equals(asFound)).toBe(true);

    const library = startLibrary(file, { clock: today });
    expect(library.status()).toEqual({ state: 'open', file });
    expect(library.briefings.count()).toBe(titles.length + 203);
    expect(await library.verifyInBackground(fullCheck)).toBe('sound');
    library.close();
  });

  it('restoring a backup before the background check has passed moves the unchecked file aside as found, with its -wal and the saves in it', async () => {
    const file = folder.path();
    const titles = await libraryWithHistory(file);
    crashAfterWriting(file, 2);
    const asFound = readFileSync(file);

    const library = startLibrary(file, { clock: today });
    library.briefings.create({ ...templateContent(), title: 'Saved before the restore' });
    const backup = library.backups.latestAutomatic();
    if (!backup) throw new Error('no automatic backup');
    expect(await library.restoreBackup(backup.name)).toEqual({ state: 'open', file });
    expect(library.briefings.list().map((briefing) => briefing.title).sort()).toEqual(titles.sort());

    const aside = readdirSync(dirname(file)).find((name) => /\.replaced-.*\.sqlite$/.test(name));
    if (!aside) throw new Error('nothing was moved aside');
    expect(readFileSync(join(dirname(file), aside)).equals(asFound)).toBe(true);
    const kept = new Database(join(dirname(file), aside), { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM briefings').pluck().get()).toBe(titles.length + 3);
    kept.close();
    library.close();
  });

  it('checks a library in full on start when it has a migration to run, and leaves nothing for the background', async () => {
    const file = folder.path();
    await libraryWithHistory(file);
    damageHistoryPage(file);
    const database = new Database(file);
    database.pragma('user_version = 90');
    database.close();
    const library = startLibrary(file, { clock: today });
    expect(library.status()).toMatchObject({ state: 'recovery' });
    library.close();
  });
});
