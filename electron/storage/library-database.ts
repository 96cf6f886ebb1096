import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { english } from '../../shared/i18n/english';
import { sayLocalised, ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { assertSchemaNotNewer, migrate, schemaVersion } from './migrate';
import { latestSchemaVersion } from './migrations/migrations';
import { schemaMatchesVersion } from './schema-shape';
import { outsideReason, systemReason } from '../files/system-reason';

export interface OpenLibraryDatabaseOptions {
  /** How long a write waits for another window or program to finish before giving up with "busy". */
  busyTimeoutMs?: number;
  /**
   * Path of a better-sqlite3 addon built for another runtime. `npm start`
   * passes one built for Electron, while node_modules keeps the build for
   * Node that the tests and the command line use.
   */
  nativeBinding?: string;
  /**
   * How much of the file is read before it is opened for writing:
   * - `full` (the default: the command line, tests, a restored backup):
   *   SQLite's `integrity_check`, every page and every index against its table;
   * - `none`: the header, the schema and the version only (the app's start,
   *   see `startLibrary`); the app then runs the full check in the background.
   * A library with a migration to run always gets the full check first: a
   * migration rewrites rows, and must not do so through damaged pages.
   */
  startCheck?: StartCheck;
  /**
   * When the start did not run the full check: no automatic checkpoint on
   * this connection (`wal_autocheckpoint = 0`), set before its first write,
   * so every save goes into the -wal and the main file stays as it was found
   * until the background check has passed (see `startLibrary` and
   * `holdsCheckpoints`). After an unclean shutdown only.
   */
  holdCheckpoints?: boolean;
}

export type StartCheck = 'full' | 'none';

/** SQLite's own default for `wal_autocheckpoint`, in pages: what a connection gets back once its checkpoints are no longer held. */
export const defaultAutoCheckpointPages = 1000;

/** Whether this connection's automatic checkpoints are held (see `OpenLibraryDatabaseOptions.holdCheckpoints`). */
export function holdsCheckpoints(database: Database.Database): boolean {
  return database.pragma('wal_autocheckpoint', { simple: true }) === 0;
}

/**
 * Closes a read-write connection without checkpointing its -wal into the
 * main file: closing the last connection to a file checkpoints, and only the
 * last one, so a read-only connection that has read (and so holds its shared
 * lock) stays open across the close; a read-only connection never
 * checkpoints. The -wal and -shm stay beside the file, so the next start is
 * an unclean one and checks the file again.
 */
export function closeKeepingJournal(database: Database.Database, filePath: string, nativeBinding?: string): void {
  let holder: Database.Database | undefined;
  try {
    holder = new Database(filePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    holder.pragma('schema_version');
  } catch {
    // Not even readable: closing can then checkpoint nothing either (a checkpoint reads the same file).
  }
  try {
    database.close();
  } finally {
    holder?.close();
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * The file is damaged, not a database, or another program's database: not
 * something this build can ever open. (A library written by a newer version
 * is a plain ServiceError: it is sound, only newer.) `startLibrary` moves such
 * a file aside and lets the person recover.
 */
export class DamagedLibraryError extends ServiceError {}

function notALibrary(filePath: string, cause?: unknown): ServiceError {
  return new DamagedLibraryError('storage', { id: 'library.damagedUntouched', values: { file: filePath } }, { cause });
}

function openFailure(filePath: string, error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = errorCode(error);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return notALibrary(filePath, error);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new ServiceError('storage', { id: 'library.readOnly', values: { file: filePath } }, { cause: error });
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return new ServiceError('storage', { id: 'library.diskFull', values: { file: filePath } }, { cause: error });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ServiceError('storage', { id: 'library.busy', values: { file: filePath } }, { cause: error });
  }
  // Too many open files, out of memory, a missing folder …: the reason from its code; a code of no reason is a bug's.
  const reason = outsideReason(error);
  if (reason) return new ServiceError('storage', { id: 'library.notOpenedBecause', values: { file: filePath, reason } }, { cause: error });
  return new ServiceError('storage', { id: 'library.notOpened', values: { file: filePath } }, { cause: error });
}

/** SQLite's findings from `integrity_check` or `quick_check` on an open connection; none when the file is sound. */
function checkFindings(database: Database.Database, pragma: 'integrity_check' | 'quick_check'): string[] {
  return (database.pragma(pragma) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '').filter((line) => line !== 'ok');
}

/**
 * Refuses a file that SQLite's `integrity_check` finds damaged. It reads
 * every page and compares every index with its table (`quick_check` does
 * not, and so passes a library onto which another database's -wal was
 * replayed: SQLite has no way to tie a -wal to its database), so its cost
 * grows with the file.
 */
function assertSound(database: Database.Database, filePath: string): void {
  const findings = checkFindings(database, 'integrity_check');
  if (findings.length > 0) {
    // SQLite's findings ("Tree 2 page 6: free space corruption") help whoever reads the log, not the person.
    throw new DamagedLibraryError('storage', { id: 'library.damagedRestore', values: { file: filePath } }, {
      cause: new Error(findings.join('\n')),
    });
  }
}

/**
 * SQLite's `integrity_check` of the library file on its own read-only
 * connection: what the app runs in the background once the library is open
 * (a worker thread calls this; tests call it directly). Reads a consistent
 * snapshot while the app goes on writing (WAL). Findings are SQLite's own
 * lines; none when the file is sound. A file SQLite cannot read at all is one
 * finding saying so.
 */
export function integrityFindings(filePath: string, options: { nativeBinding?: string } = {}): string[] {
  let database: Database.Database | undefined;
  try {
    database = new Database(filePath, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return checkFindings(database, 'integrity_check');
  } catch (error) {
    const code = errorCode(error);
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return [`${code}: ${error instanceof Error ? error.message : String(error)}`];
    throw error;
  } finally {
    database?.close();
  }
}

/**
 * A file at user_version 0 that already has tables belongs to some other
 * program (every migration records its version in the same transaction that
 * creates its tables). Migrating it would write our tables into their file.
 */
function assertOursOrEmpty(database: Database.Database, filePath: string): void {
  if (schemaVersion(database) !== 0) return;
  const objects = database.prepare<[], { count: number }>('SELECT count(*) AS count FROM sqlite_schema').get()?.count ?? 0;
  if (objects > 0) throw notALibrary(filePath);
}

/**
 * A library at version N holds exactly what migrations up to N create (see
 * `schemaMatchesVersion`); anything else is a damaged version number or
 * schema. Version 0 is `assertOursOrEmpty`'s, a newer one `assertSchemaNotNewer`'s.
 */
function assertSchemaMatchesVersion(database: Database.Database, filePath: string, nativeBinding: string | undefined): void {
  const version = schemaVersion(database);
  if (version !== 0 && !schemaMatchesVersion(database, version, nativeBinding)) throw notALibrary(filePath);
}

/**
 * The header's write version (byte 18) is 1 or 2 in every file SQLite
 * writes; anything else makes SQLite open the file read-only, which would be
 * reported as a read-only disk. A file too short or without SQLite's magic
 * is left to SQLite, which says "not a database".
 */
function assertWritableFormat(filePath: string): void {
  const header = Buffer.alloc(100);
  const fd = openSync(filePath, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 100 && header.toString('latin1', 0, 16) === 'SQLite format 3\0' && ![1, 2].includes(header[18] ?? 0)) throw notALibrary(filePath);
}

/** A read-only connection that only reads the schema and runs pragmas fails with a plain SQLITE_ERROR only because of the file ("unsupported file format"). */
function readOnlyCheckFailure(filePath: string, error: unknown): unknown {
  return errorCode(error) === 'SQLITE_ERROR' ? notALibrary(filePath, error) : error;
}

/**
 * Everything that can refuse an existing file — not a database, damaged,
 * another program's database, written by a newer version — on a read-only
 * connection. Read-only matters: closing a read-write connection checkpoints
 * the -wal into the main file and deletes it, which would change a refused
 * file (and, with another database's -wal beside it, overwrite the
 * library's own pages) before it is kept aside.
 */
function assertOpenable(filePath: string, options: OpenLibraryDatabaseOptions): StartCheck {
  if (!existsSync(filePath)) return 'full';
  const probe = new Database(filePath, {
    readonly: true,
    fileMustExist: true,
    timeout: options.busyTimeoutMs ?? 5000,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    assertWritableFormat(filePath);
    // A pending migration rewrites rows: only over a file found sound (the first start of a new version, once).
    const check = schemaVersion(probe) < latestSchemaVersion ? 'full' : (options.startCheck ?? 'full');
    if (check === 'full') assertSound(probe, filePath);
    assertSchemaNotNewer(probe);
    assertOursOrEmpty(probe, filePath);
    assertSchemaMatchesVersion(probe, filePath, options.nativeBinding);
    return check;
  } catch (error) {
    throw readOnlyCheckFailure(filePath, error);
  } finally {
    probe.close();
  }
}

/**
 * Opens (or creates, with its folder) the library file: WAL so readers never
 * block the writer, `synchronous=FULL` so a committed save survives a power
 * cut, foreign keys on, then any pending migrations.
 *
 * Everything that can refuse the file runs first, read-only (see
 * `assertOpenable`), so a refused file and its -wal are left byte for byte
 * as they were. Failures are `ServiceError('storage')` with one plain
 * sentence naming the file.
 */
export function openLibraryDatabase(filePath: string, options: OpenLibraryDatabaseOptions = {}): Database.Database {
  let database: Database.Database | undefined;
  try {
    if (isFolder(filePath)) throw new ServiceError('storage', { id: 'library.isFolder', values: { file: filePath, example: join(filePath, 'library.sqlite') } });
    mkdirSync(dirname(filePath), { recursive: true });
    const checked = assertOpenable(filePath, options);
    // `timeout` is SQLite's busy_timeout, set before the first read so even the first statement waits for a lock.
    database = new Database(filePath, {
      timeout: options.busyTimeoutMs ?? 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // Before the first write: a -wal left by a crash may already be past the automatic checkpoint's threshold.
    if (options.holdCheckpoints && checked !== 'full') database.pragma('wal_autocheckpoint = 0');
    // From here on the file is ours to write: switching to WAL rewrites its header.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    migrate(database);
    return database;
  } catch (error) {
    if (database?.open && holdsCheckpoints(database)) closeKeepingJournal(database, filePath, options.nativeBinding);
    else database?.close();
    throw openFailure(filePath, error);
  }
}

export interface LibraryFileCheck {
  ok: boolean;
  /** One plain sentence: what is wrong, or that the library is sound (English, for logs and `--json`). */
  message: string;
  /** The same sentence as a catalog message, for a person in their language. */
  localised: LocalisedMessage;
  /** SQLite's own findings, for a log or a support request. */
  findings: string[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Size and modification time of a file, or "none": enough to tell that a copy was taken while nothing wrote. */
function fileStamp(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return 'none';
  }
}

function copyFailure(filePath: string, error: unknown): ServiceError {
  const reason: LocalisedMessage = errorCode(error) === 'ENOSPC' ? { id: 'library.noRoomForCopy', values: { folder: tmpdir() } } : systemReason(error);
  return new ServiceError('storage', { id: 'library.notChecked', values: { file: filePath, reason } }, { cause: error });
}

/**
 * Runs `read` on a read-only connection to the library without creating a
 * file beside it. A read-only connection to a WAL library needs its -shm and
 * -wal, and creates them when they are missing: litter in a writable folder
 * and a failure in a read-only one (a backup disk, a mounted archive). When
 * both exist (the app has the library open, or was killed) reading in place
 * creates nothing. Otherwise the file is self-contained, and a private copy
 * of it in a temporary folder is read instead; if the file changed while it
 * was copied (a window opened it), the copy is not trusted and the check
 * starts again.
 */
export function readWithoutLitter<T>(filePath: string, read: (database: Database.Database) => T): T {
  const wal = `${filePath}-wal`;
  for (let attempt = 0; ; attempt += 1) {
    if (existsSync(wal) && existsSync(`${filePath}-shm`)) {
      const database = new Database(filePath, { readonly: true, fileMustExist: true });
      try {
        return read(database);
      } finally {
        database.close();
      }
    }
    const before = `${fileStamp(filePath)}|${fileStamp(wal)}`;
    const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-check-'));
    try {
      const copy = join(folder, 'library.sqlite');
      try {
        copyFileSync(filePath, copy);
        if (existsSync(wal)) copyFileSync(wal, `${copy}-wal`);
      } catch (error) {
        throw copyFailure(filePath, error);
      }
      if (`${fileStamp(filePath)}|${fileStamp(wal)}` !== before && attempt < 3) continue;
      const database = new Database(copy, { readonly: true, fileMustExist: true });
      try {
        return read(database);
      } finally {
        database.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

/**
 * Checks a library file without changing it or creating anything beside it
 * (the command line's `check`, which works in a read-only folder too): read
 * only, never migrated, never created. `full` runs SQLite's
 * `integrity_check` instead of the quicker `quick_check`.
 */
function fileCheck(ok: boolean, localised: LocalisedMessage, findings: string[]): LibraryFileCheck {
  return { ok, message: sayLocalised(english, localised), localised, findings };
}

export function checkLibraryFile(filePath: string, options: { full?: boolean } = {}): LibraryFileCheck {
  if (!existsSync(filePath)) throw new ServiceError('not-found', { id: 'library.none', values: { file: filePath } });
  try {
    return readWithoutLitter(filePath, (database) => {
      const findings = checkFindings(database, options.full ? 'integrity_check' : 'quick_check');
      if (findings.length > 0) return fileCheck(false, { id: 'cli.check.damaged', values: { file: filePath } }, findings);
      assertOursOrEmpty(database, filePath);
      if (schemaVersion(database) <= latestSchemaVersion) assertSchemaMatchesVersion(database, filePath, undefined);
      return fileCheck(true, { id: 'cli.check.sound', values: { file: filePath } }, []);
    });
  } catch (error) {
    const failure = openFailure(filePath, readOnlyCheckFailure(filePath, error));
    // A file that is not a library at all: the storage's own sentence (the file was only read).
    if (failure instanceof DamagedLibraryError) return fileCheck(false, failure.localised ?? { id: 'library.notOpened', values: { file: filePath } }, []);
    throw failure;
  }
}
