import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { createIpcInvoker } from '../../electron/ipc/ipc-invoker';
import { openLibrary, startLibrary, type Library } from '../../electron/storage/library';
import { latestSchemaVersion } from '../../electron/storage/migrations/migrations';
import { integrityFindings } from '../../electron/storage/library-database';
import { channelName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import type { LibraryStatus } from '../../shared/ipc/library-service';
import { buildSampleLibrary, type SampleLibrary } from '../support/sample-library';
import { seededRandom } from '../../bench/library-corpus';
import { thrownBy } from '../support/service-errors';
import { createTestServiceHost } from '../support/test-service-host';
import { walCrasher } from '../support/wal-crash';

// Every case goes through the app's own start (`startLibrary`) and then the
// `library` service as the window calls it, on a copy of one real library:
// the demo, the sample meeting in every template, generated briefings in
// three languages with their history, and the search index (about 290 pages).

const base = mkdtempSync(join(tmpdir(), 'briefing-desk-damaged-'));
const baseFile = join(base, 'sample', 'library.sqlite');
let sample: SampleLibrary;
let crashAfterWriting: (file: string, count: number) => void;
const clock = () => new Date('2026-11-29T08:00:00Z');
const damagedName = 'library.damaged-2026-11-29T08-00-00-000Z.sqlite';

beforeAll(async () => {
  mkdirSync(dirname(baseFile));
  sample = buildSampleLibrary(baseFile);
  const withBackup = openLibrary(baseFile, { clock: () => new Date('2026-11-28T08:00:00Z') });
  await withBackup.backups.runAutomatic();
  withBackup.close();
  crashAfterWriting = await walCrasher();
}, 120_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

let caseNumber = 0;
/** A fresh copy of the sample library (with its backups folder); returns the library file's path. */
function sampleCopy(): string {
  caseNumber += 1;
  const folder = join(base, `case-${caseNumber}`);
  cpSync(dirname(baseFile), folder, { recursive: true });
  return join(folder, 'library.sqlite');
}

const writtenAfterCheckpoint = (library: Library) => library.briefings.list().filter((briefing) => briefing.title.startsWith('Written after the last checkpoint')).length;

/** Every file in the library's folder and its backups folder, with its bytes, to show afterwards that nothing was lost. */
function snapshot(file: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dirname(file), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dirname(file), path), readFileSync(path));
  }
  return files;
}

/** The window's view: `library.status` and `library.recover` through the IPC invoker, as the preload calls them. */
function windowOf(library: Library) {
  const invoke = createIpcInvoker(createServices(library, createTestServiceHost(null)), { log: () => undefined });
  const call = async <T>(method: string, ...args: unknown[]): Promise<T> => {
    const result = (await invoke(channelName('library', method), args)) as IpcResult<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { status: () => call<LibraryStatus>('status'), recover: (action: string) => call<LibraryStatus>('recover', action) };
}

/**
 * The damaged file goes to recovery: moved aside byte for byte (with its
 * -wal, when there was one), the window offers the backup of the day
 * before, and restoring it opens the library with every briefing.
 */
async function expectRecovery(file: string, before: Map<string, Buffer>): Promise<void> {
  const library = startLibrary(file, { clock, seedDemo: true });
  // What start does not see, the full check the app then runs in the background does (here in this thread).
  await library.verifyInBackground(async (checked) => integrityFindings(checked));
  const window = windowOf(library);
  const status = await window.status();
  expect(status).toMatchObject({
    state: 'recovery',
    problem: `The library file was damaged or is not a Briefing Desk library. It has been moved aside to ${join(dirname(file), damagedName)}, unchanged.`,
    movedAsideTo: join(dirname(file), damagedName),
    latestBackup: { kind: 'automatic', createdAt: '2026-11-28T08:00:00.000Z' },
  });
  expect(readFileSync(join(dirname(file), damagedName)).equals(before.get('library.sqlite') ?? Buffer.alloc(0))).toBe(true);
  const wal = before.get('library.sqlite-wal');
  if (wal) expect(readFileSync(join(dirname(file), `${damagedName}-wal`)).equals(wal)).toBe(true);
  for (const [name, bytes] of before) if (name.startsWith('backups')) expect(readFileSync(join(dirname(file), name)).equals(bytes)).toBe(true);
  expect(existsSync(file)).toBe(false);

  expect(await window.recover('restore-latest-backup')).toEqual({ state: 'open', file });
  expect(library.briefings.list().map((briefing) => briefing.title).sort()).toEqual([...sample.titles].sort());
  expect(library.check({ full: true })).toEqual({ ok: true, findings: [] });
  library.close();
}

describe('a damaged library on start', { timeout: 60_000 }, () => {
  it('bit flips in the pages of the briefings, revisions and search index: recovery, the file kept as it was', async () => {
    const file = sampleCopy();
    const bytes = readFileSync(file);
    const random = seededRandom(10);
    // A flipped bit in the page-type byte of eight random b-tree pages: damage SQLite sees (values it cannot, see the fuzz run).
    for (let flip = 0; flip < 8; flip += 1) {
      const page = 2 + Math.floor(random() * (sample.pages - 2));
      const offset = (page - 1) * sample.pageSize;
      bytes[offset] = (bytes[offset] ?? 0) ^ (1 << Math.floor(random() * 8));
    }
    writeFileSync(file, bytes);
    await expectRecovery(file, snapshot(file));
  });

  it('a file cut short: recovery, the short file kept', async () => {
    const file = sampleCopy();
    writeFileSync(file, readFileSync(file).subarray(0, Math.floor((sample.pages / 2) * sample.pageSize) + 100));
    await expectRecovery(file, snapshot(file));
  });

  it.each([
    ['a text file', () => Buffer.from('Minutes of the meeting in Bakı — встреча.\n'.repeat(400))],
    ['zeros', () => Buffer.alloc(64 * 1024)],
    ['a PNG picture', () => readFileSync(join(process.cwd(), 'build', 'icon.png'))],
  ])('%s where the library should be: recovery, the file kept', async (_name, contents) => {
    const file = sampleCopy();
    writeFileSync(file, contents());
    await expectRecovery(file, snapshot(file));
  });

  it('an empty file where the library was, beside its backups: recovery, not a fresh start', async () => {
    const file = sampleCopy();
    writeFileSync(file, '');
    await expectRecovery(file, snapshot(file));
  });

  it.each([
    ['an unknown schema format', 47, 9],
    ['a write version SQLite does not know', 18, 3],
    // 60: the next migration (0070) creates an index the file already has, so it cannot run again; later ones (the
    // search re-index) may run twice and then the library simply opens.
    ['the version number lowered to one whose next migration cannot run again', 63, 60],
  ])('a header with %s: recovery, not "could not be opened"', async (_name, offset, value) => {
    const file = sampleCopy();
    const bytes = readFileSync(file);
    bytes[offset] = value;
    writeFileSync(file, bytes);
    await expectRecovery(file, snapshot(file));
  });

  it('a library from a newer version: refused with the update message, left in place with its -wal', () => {
    const file = sampleCopy();
    // The newer version's last write (its schema version) still in the -wal: it was killed before a checkpoint.
    const newer = spawnSync(
      process.execPath,
      ['-e', `const db = new (require('better-sqlite3'))(process.argv[1]); db.pragma('wal_autocheckpoint = 0'); db.pragma('user_version = ${latestSchemaVersion + 10}'); process.kill(process.pid, 'SIGKILL');`, file],
      { encoding: 'utf8' },
    );
    expect(newer.signal, newer.stderr).toBe('SIGKILL');
    expect(readFileSync(`${file}-wal`).byteLength).toBeGreaterThan(sample.pageSize);
    const before = snapshot(file);

    const error = thrownBy(() => startLibrary(file, { clock }));
    expect(error.message).toBe(
      `This library was created by a newer version of Briefing Desk (schema ${latestSchemaVersion + 10}); this version understands up to ${latestSchemaVersion}. Update the app to open it.`,
    );
    const after = snapshot(file);
    for (const name of ['library.sqlite', 'library.sqlite-wal']) expect(after.get(name)?.equals(before.get(name) ?? Buffer.alloc(0)), name).toBe(true);
    expect([...after.keys()].some((name) => name.includes('damaged'))).toBe(false);
  });

  it('a crash with the -wal intact: everything committed is there, nothing to say', async () => {
    const file = sampleCopy();
    crashAfterWriting(file, 5);
    const library = startLibrary(file, { clock });
    expect(await windowOf(library).status()).toEqual({ state: 'open', file });
    expect(writtenAfterCheckpoint(library)).toBe(5);
    library.close();
    expect(readdirSync(dirname(file)).some((name) => name.includes('damaged'))).toBe(false);
  });

  it('the -wal deleted after a crash: opens as it was before, says the last saves are lost, keeps the files as found', async () => {
    const file = sampleCopy();
    crashAfterWriting(file, 5);
    rmSync(`${file}-wal`);
    const before = snapshot(file);

    const library = startLibrary(file, { clock });
    expect(await windowOf(library).status()).toEqual({
      state: 'open',
      file,
      notice:
        "Briefing Desk stopped unexpectedly last time and the library's journal file (library.sqlite-wal) was missing, so the last changes saved before that " +
        `could not be read back. The library is open as it was before them; the files as they were found have been kept at ${join(dirname(file), damagedName)}.`,
      // The same sentence as a catalog message, which the window says in its interface language.
      localisedNotice: { id: 'recovery.journalMissing', values: { journal: 'library.sqlite-wal', keptAt: join(dirname(file), damagedName) } },
    });
    // SQLite cannot read saves whose only copy is gone; everything before them is there.
    expect(writtenAfterCheckpoint(library)).toBe(0);
    expect(library.briefings.list()).toHaveLength(sample.titles.length);
    library.close();
    expect(readFileSync(join(dirname(file), damagedName)).equals(before.get('library.sqlite') ?? Buffer.alloc(0))).toBe(true);
    expect(readFileSync(join(dirname(file), `${damagedName}-shm`)).equals(before.get('library.sqlite-shm') ?? Buffer.alloc(0))).toBe(true);
  });

  it('a damaged -wal: opens with the saves before the damage, says so, keeps the files as found', async () => {
    const file = sampleCopy();
    crashAfterWriting(file, 5);
    const wal = readFileSync(`${file}-wal`);
    // Inside the third of five saves: SQLite reads the first two and stops.
    const flipAt = Math.floor(wal.byteLength / 2);
    wal[flipAt] = (wal[flipAt] ?? 0) ^ 0x04;
    writeFileSync(`${file}-wal`, wal);
    const before = snapshot(file);

    const library = startLibrary(file, { clock });
    const status = await windowOf(library).status();
    expect(status).toMatchObject({ state: 'open', notice: expect.stringContaining("the library's journal file (library.sqlite-wal) was damaged") as unknown });
    const kept = writtenAfterCheckpoint(library);
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(5);
    expect(library.check({ full: true }).ok).toBe(true);
    library.close();
    for (const name of ['library.sqlite', 'library.sqlite-wal']) {
      expect(readFileSync(join(dirname(file), name.replace('library.sqlite', damagedName))).equals(before.get(name) ?? Buffer.alloc(0)), name).toBe(true);
    }
  });

  it("another library's -wal beside it: recovery, with the library and that -wal kept as they were", async () => {
    // Another library (its own ids, so its own pages), killed with 20 saves in its -wal.
    const other = join(base, 'other', 'library.sqlite');
    buildSampleLibrary(other);
    crashAfterWriting(other, 20);
    const file = sampleCopy();
    crashAfterWriting(file, 2);
    writeFileSync(`${file}-wal`, readFileSync(`${other}-wal`));
    await expectRecovery(file, snapshot(file));
  });

  it('a -shm left behind, its saves all in the main file: opens with everything, nothing to say', async () => {
    const file = sampleCopy();
    crashAfterWriting(file, 4);
    // What a crash right after a checkpoint leaves: an index whose frames are all in the main file already, and no -wal.
    const writer = new Database(file);
    writer.pragma('wal_checkpoint(PASSIVE)');
    const checkpointedShm = readFileSync(`${file}-shm`);
    writer.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    writeFileSync(`${file}-shm`, checkpointedShm);

    const library = startLibrary(file, { clock });
    expect(await windowOf(library).status()).toEqual({ state: 'open', file });
    expect(writtenAfterCheckpoint(library)).toBe(4);
    library.close();
    expect(readdirSync(dirname(file)).some((name) => name.includes('damaged'))).toBe(false);
  });
});
