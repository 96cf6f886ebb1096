import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { assertSchemaNotNewer, migrate } from './migrate';

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function openFailure(filePath: string, error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new ServiceError(
      'storage',
      `The library file ${filePath} is damaged or is not a Briefing Desk library. It has been left untouched.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') {
    return new ServiceError('storage', `The library file ${filePath} cannot be opened for writing (read-only disk or no permission).`, {
      cause: error,
    });
  }
  return new ServiceError('storage', `The library file ${filePath} could not be opened: ${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });
}

/**
 * Opens (or creates) the library file: WAL so readers never block the writer,
 * `synchronous=FULL` so a committed save survives a power cut, foreign keys on,
 * an integrity check, then any pending migrations. A damaged file, a file that
 * is not a database, or one from a newer version is refused with a plain
 * message and left exactly as it was.
 */
export function openLibraryDatabase(filePath: string): Database.Database {
  mkdirSync(dirname(filePath), { recursive: true });
  let database: Database.Database | undefined;
  try {
    database = new Database(filePath, { timeout: 5000 });
    // Checked before anything writes: a foreign or damaged file must not be turned into a WAL database.
    const check = database.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = check.map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (problems.length > 0) {
      throw new ServiceError(
        'storage',
        `The library file ${filePath} is damaged (${problems[0] ?? 'integrity check failed'}). It has been left untouched.`,
      );
    }
    // Before any write (switching to WAL rewrites the header): a newer app's library stays byte for byte as it was.
    assertSchemaNotNewer(database);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    migrate(database);
    return database;
  } catch (error) {
    database?.close();
    throw openFailure(filePath, error);
  }
}
