import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { thrownBy } from '../../tests/support/service-errors';
import { canMount, mountSkipWarning, ScratchMounts } from '../../tests/support/scratch-mounts';
import { createTranslator } from '../../shared/i18n/translator';
import { sayLocalised } from '../../shared/ipc/ipc-result';
import { checkLibraryFile, openLibraryDatabase } from './library-database';
import { latestSchemaVersion } from './migrations/migrations';

const require = createRequire(import.meta.url);


describe('openLibraryDatabase', () => {
  const folder = testLibraryFolder();

  it('creates the file and its missing folders, with the durability settings and the newest schema', () => {
    const file = join(dirname(folder.path()), 'Briefing Desk', 'Kitabxana — Библиотека', 'library.sqlite');
    const database = openLibraryDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(database.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(database.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    database.close();
  });

  it('opens an existing library again without re-running its migrations', () => {
    const first = openLibraryDatabase(folder.path());
    first.prepare(`INSERT INTO settings (key, value_json) VALUES ('kept', '1')`).run();
    first.close();
    const second = openLibraryDatabase(folder.path(), { busyTimeoutMs: 250 });
    expect(second.prepare('SELECT value_json FROM settings').all()).toEqual([{ value_json: '1' }]);
    expect(second.pragma('busy_timeout', { simple: true })).toBe(250);
    second.close();
  });

  it('refuses a folder given as the library, naming the file it may have meant', () => {
    const folderPath = dirname(folder.path());
    const error = thrownBy(() => openLibraryDatabase(folderPath));
    expect(error.message).toBe(`${folderPath} is a folder, not a library file; give the file in it, such as ${join(folderPath, 'library.sqlite')}.`);
    expect(readdirSync(folderPath)).toEqual([]);
  });

  it('says why the system would not let it open a library, in the language, not in Node’s English', () => {
    // A file where a folder of the path should be: mkdir fails with ENOTDIR (or EEXIST), whose text is Node's.
    const blocker = folder.path('archive');
    writeFileSync(blocker, 'not a folder');
    const file = join(blocker, 'inner', 'library.sqlite');
    const error = thrownBy(() => openLibraryDatabase(file));
    expect(error.code).toBe('storage');
    expect(error.localised?.id).toBe('library.notOpenedBecause');
    expect(sayLocalised(createTranslator('az'), error.localised!)).toMatch(new RegExp(`^${file.replaceAll('/', '\\/')} kitabxanasını açmaq mümkün olmadı: (yolun bir hissəsi qovluq deyil|bu adda fayl artıq var)\\.$`, 'u'));
    expect(sayLocalised(createTranslator('ru'), error.localised!)).not.toMatch(/ENOTDIR|EEXIST|not a directory/u);
  });

  it('refuses a text file with a message naming it, and leaves it as it was', () => {
    const file = folder.path('notes.sqlite');
    const text = Buffer.from('Meeting notes, not a database. Görüş — Москва.\n'.repeat(200));
    writeFileSync(file, text);
    const error = thrownBy(() => openLibraryDatabase(file));
    expect(error.code).toBe('storage');
    expect(error.message).toBe(`The file ${file} is damaged or is not a Briefing Desk library. It has been left untouched.`);
    expect(readFileSync(file).equals(text)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual(['notes.sqlite']);
  });

  it('refuses a file of random bytes and leaves it as it was', () => {
    const file = folder.path();
    const noise = randomBytes(64 * 1024);
    writeFileSync(file, noise);
    const error = thrownBy(() => openLibraryDatabase(file));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(file);
    expect(readFileSync(file).equals(noise)).toBe(true);
  });

  it('refuses a library from a newer version with the update message and leaves it byte for byte as it was', () => {
    const file = folder.path();
    const future = new Database(file);
    future.exec('CREATE TABLE briefings_v9 (id TEXT PRIMARY KEY) STRICT');
    future.pragma('user_version = 9000');
    future.close();
    const before = readFileSync(file);

    const error = thrownBy(() => openLibraryDatabase(file));
    expect(error.code).toBe('storage');
    expect(error.message).toBe(
      `This library was created by a newer version of Briefing Desk (schema 9000); this version understands up to ${latestSchemaVersion}. Update the app to open it.`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual(['library.sqlite']);
  });

  it("refuses another program's SQLite database rather than adding tables to it", () => {
    const file = folder.path('contacts.db');
    const other = new Database(file);
    other.exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Doreen Bogdan-Martin')`);
    other.close();
    const before = readFileSync(file);
    expect(thrownBy(() => openLibraryDatabase(file)).message).toMatch(/is not a Briefing Desk library/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged library and leaves it as it was', () => {
    const file = folder.path();
    const database = openLibraryDatabase(file);
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision) VALUES (?, 'blank', ?, 'en', 'draft', '{}', '[]', '[]', NULL, 'now', 'now', 1)`,
    );
    for (let index = 0; index < 200; index += 1) insert.run(crypto.randomUUID(), `Briefing ${index} — Görüş`);
    const root = database.prepare<[], { rootpage: number }>(`SELECT rootpage FROM sqlite_schema WHERE name = 'briefings'`).get()?.rootpage;
    database.close();
    if (root === undefined) throw new Error('no briefings table');

    // Point the root page's first free block past the end of the page: damage SQLite itself reports.
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.writeUInt16BE(0xffff, (root - 1) * pageSize + 1);
    writeFileSync(file, bytes);

    const error = thrownBy(() => openLibraryDatabase(file));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/damaged/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('loads better-sqlite3 from the addon it is given, as npm start does for Electron, and says so when that fails', () => {
    const nodeAddon = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    const database = openLibraryDatabase(folder.path(), { nativeBinding: nodeAddon });
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    database.close();
    expect(() => openLibraryDatabase(folder.path('other.sqlite'), { nativeBinding: join(dirname(nodeAddon), 'missing.node') })).toThrow(/could not be opened/);
  });
});

mountSkipWarning('checkLibraryFile in a read-only folder');

describe('checkLibraryFile', () => {
  const folder = testLibraryFolder();
  const mounts = new ScratchMounts();
  afterEach(() => mounts.unmountAll());

  function closedLibrary(): string {
    const file = folder.path();
    const database = openLibraryDatabase(file);
    database.prepare(`INSERT INTO settings (key, value_json) VALUES ('kept', '1')`).run();
    database.close();
    return file;
  }

  it('says its verdict as a catalog message too, so the command line says it in its locale', () => {
    const file = folder.path('notes.sqlite');
    writeFileSync(file, 'minutes of the meeting, not a database');
    const result = checkLibraryFile(file);
    expect(result.ok).toBe(false);
    expect(result.localised.id).toBe('library.damagedUntouched');
    expect(sayLocalised(createTranslator('ru'), result.localised)).toBe(`Файл ${file} повреждён или не является библиотекой Briefing Desk. Он оставлен без изменений.`);
  });

  it('leaves nothing beside a library that was closed cleanly', () => {
    const file = closedLibrary();
    const before = readdirSync(dirname(file)).sort();
    expect(checkLibraryFile(file, { full: true })).toMatchObject({ ok: true, message: `The library ${file} is sound.` });
    expect(readdirSync(dirname(file)).sort()).toEqual(before);
  });

  it('reads what another window has saved but not yet written back, without adding files', () => {
    const file = closedLibrary();
    const open = openLibraryDatabase(file);
    open.pragma('wal_autocheckpoint = 0');
    open.prepare(`INSERT INTO settings (key, value_json) VALUES ('newer', '2')`).run();
    const before = readdirSync(dirname(file)).sort();
    expect(before).toEqual(['library.sqlite', 'library.sqlite-shm', 'library.sqlite-wal']);
    expect(checkLibraryFile(file).ok).toBe(true);
    expect(readdirSync(dirname(file)).sort()).toEqual(before);
    open.close();
  });

  it.skipIf(!canMount)('checks a library in a read-only folder, where SQLite could not create its -wal and -shm', () => {
    const file = closedLibrary();
    mounts.readOnly(dirname(file));
    expect(checkLibraryFile(file, { full: true })).toMatchObject({ ok: true, message: `The library ${file} is sound.` });
    expect(readdirSync(dirname(file))).toEqual(['library.sqlite']);
  });
});
