import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { english } from '../../shared/i18n/english';
import type { MessageKey } from '../../shared/i18n/messages';
import type { LocalisedMessage } from '../../shared/ipc/ipc-result';
import { readWithoutLitter } from './library-database';
import { schemaVersion } from './migrate';
import { latestSchemaVersion } from './migrations/migrations';
import { schemaMatchesVersion } from './schema-shape';

/** A refusal's `message` ends the sentence "FILE is not a usable Briefing Desk backup: …" in English; `reason` is the same clause as a catalog id. */
export type BackupFileCheck = { ok: true } | { ok: false; message: string; reason: LocalisedMessage };

const refused = (id: MessageKey): BackupFileCheck => ({ ok: false, message: `${english(id)}.`, reason: { id } });

/** The first 16 bytes of every SQLite database. */
function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether `path` may replace the library: a regular file (links followed;
 * never a device, a pipe or a folder), not empty, that opens read-only as a
 * sound SQLite database (read without creating anything beside it) holding a Briefing Desk library of a schema this
 * version knows — exactly what its migrations create. Nothing is written to
 * it. `message` ends the sentence "FILE is not a usable Briefing Desk backup: …".
 */
export function checkBackupFile(path: string): BackupFileCheck {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return refused('backupProblem.noFile');
  }
  if (stats.isDirectory()) return refused('fileProblem.folder');
  if (!stats.isFile()) return refused('fileProblem.notRegular');
  if (stats.size === 0) return refused('backupProblem.empty');
  try {
    if (!hasSqliteHeader(path)) return refused('backupProblem.notLibrary');
  } catch {
    return refused('backupProblem.unreadable');
  }
  try {
    // Read without creating anything beside it: a backup is often on a read-only disk or a mounted archive.
    return readWithoutLitter(path, (database): BackupFileCheck => {
      const findings = (database.pragma('quick_check') as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '').filter((line) => line !== 'ok');
      if (findings.length > 0) return refused('backupProblem.damaged');
      const version = schemaVersion(database);
      if (version === 0) return refused('backupProblem.noLibrary');
      if (version > latestSchemaVersion) return refused('backupProblem.newer');
      if (!schemaMatchesVersion(database, version, undefined)) return refused('backupProblem.notLibrary');
      return { ok: true };
    });
  } catch {
    return refused('backupProblem.notLibraryOrDamaged');
  }
}
