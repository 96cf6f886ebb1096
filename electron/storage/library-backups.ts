import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc/library-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { automaticBackupsToRemove, type BackupRetention } from './backup-retention';
import { toStorageError } from './storage-error';
import { createPartialBeside, removeStalePartials, replaceTargetProblem } from '../files/temporary-file';

const backupName = /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(automatic|manual)\.sqlite$/;

/** `2026-11-29T05:10:00.000Z` → `2026-11-29T05-10-00-000Z`: a time stamp every file system accepts. */
export function fileTimeStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function parseBackup(name: string, folder: string): BackupInfo | undefined {
  const match = backupName.exec(name);
  if (!match) return undefined;
  const [, date, hours, minutes, seconds, millis, kind] = match;
  return {
    name,
    kind: kind === 'manual' ? 'manual' : 'automatic',
    createdAt: `${date}T${hours}:${minutes}:${seconds}.${millis}Z`,
    bytes: statSync(join(folder, name)).size,
  };
}

/**
 * Backups of one library in the `backups/` folder next to it, made with
 * SQLite's online backup API (a consistent copy while the library stays
 * open; better-sqlite3 runs it in steps, so the event loop is not blocked).
 */
export class LibraryBackups {
  readonly folder: string;

  constructor(
    libraryFile: string,
    private readonly database: () => Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.folder = join(dirname(libraryFile), 'backups');
  }

  /** Every backup, newest first. */
  list(): BackupInfo[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .map((name) => parseBackup(name, this.folder))
      .filter((backup): backup is BackupInfo => backup !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  latestAutomatic(): BackupInfo | undefined {
    return this.list().find((backup) => backup.kind === 'automatic');
  }

  /** The path of a backup by name; `not-found` for anything that is not one of ours. */
  path(name: string): string {
    if (!backupName.test(name) || !existsSync(join(this.folder, name))) throw new ServiceError('not-found', { id: 'errors.noBackup', values: { name } });
    return join(this.folder, name);
  }

  /**
   * Makes a backup now. It is written under a temporary name and renamed
   * when complete, so a crash mid-way never leaves a half backup that looks
   * like a whole one.
   */
  async create(kind: BackupInfo['kind']): Promise<BackupInfo> {
    const name = `library-${fileTimeStamp(this.clock())}-${kind}.sqlite`;
    try {
      mkdirSync(this.folder, { recursive: true });
    } catch (error) {
      throw toStorageError(error, { id: 'storage.backupMake' });
    }
    await this.writeTo(join(this.folder, name));
    const made = parseBackup(name, this.folder);
    if (!made) throw new Error(`backup name ${name} does not parse`);
    return made;
  }

  /**
   * A backup written to a file of the caller's choosing (the command line's
   * `backup --out FILE`), complete or not at all. The folder must exist.
   */
  async writeTo(target: string): Promise<void> {
    const problem = replaceTargetProblem(target);
    if (problem) throw new ServiceError('storage', { id: 'backup.notMade', values: { reason: problem } });
    // What backups killed half-way left here (a temporary file and its journal each) goes first.
    removeStalePartials(dirname(target), target);
    let partial: string | undefined;
    try {
      // A new file of ours under a random name (O_EXCL): SQLite then writes into it, never through a planted link.
      partial = createPartialBeside(target);
      await this.database().backup(partial);
      renameSync(partial, target);
    } catch (error) {
      if (partial) for (const suffix of ['', '-journal']) rmSync(`${partial}${suffix}`, { force: true });
      throw toStorageError(error, { id: 'storage.backupMake' });
    }
  }

  /**
   * The automatic backup on start: at most one per UTC day, then the
   * retention policy (`automaticBackupsToRemove`). Returns the new backup,
   * or undefined when today's exists.
   */
  async runAutomatic(retention?: BackupRetention): Promise<BackupInfo | undefined> {
    const today = this.clock().toISOString().slice(0, 10);
    const existing = this.list().filter((backup) => backup.kind === 'automatic');
    if (existing.some((backup) => backup.createdAt.startsWith(today))) return undefined;
    removeStalePartials(this.folder);
    const made = await this.create('automatic');
    for (const name of automaticBackupsToRemove([made, ...existing], this.clock(), retention)) rmSync(join(this.folder, name), { force: true });
    return made;
  }
}
