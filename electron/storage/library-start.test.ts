import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  let crashAfterWriting: (file: string, count: number) => void;
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

  it('after an unclean shutdown runs quick_check on start: the same damage goes to recovery before the window opens', async () => {
    const file = folder.path();
    await libraryWithHistory(file);
    // Killed while saving: the -wal and -shm stay beside the file, as after a crash.
    crashAfterWriting(file, 2);
    damageHistoryPage(file, { crashed: true });
    const library = startLibrary(file, { clock: today });
    expect(library.status()).toMatchObject({ state: 'recovery', latestBackup: { kind: 'automatic' } });
    expect(await library.verifyInBackground(fullCheck)).toBe('skipped');
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
