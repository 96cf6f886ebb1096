import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readWithoutLitter } from './library-database';
import { schemaVersion } from './migrate';
import { latestSchemaVersion } from './migrations/migrations';
import { schemaMatchesVersion } from './schema-shape';

export type BackupFileCheck = { ok: true } | { ok: false; message: string };

const refused = (message: string): BackupFileCheck => ({ ok: false, message });

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
    return refused('there is no such file, or it cannot be read.');
  }
  if (stats.isDirectory()) return refused('it is a folder.');
  if (!stats.isFile()) return refused('it is not a regular file (a device, a pipe or a socket).');
  if (stats.size === 0) return refused('it is empty.');
  try {
    if (!hasSqliteHeader(path)) return refused('it is not a Briefing Desk library.');
  } catch {
    return refused('it cannot be read.');
  }
  try {
    // Read without creating anything beside it: a backup is often on a read-only disk or a mounted archive.
    return readWithoutLitter(path, (database): BackupFileCheck => {
      const findings = (database.pragma('quick_check') as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '').filter((line) => line !== 'ok');
      if (findings.length > 0) return refused('it is damaged.');
      const version = schemaVersion(database);
      if (version === 0) return refused('it holds no Briefing Desk library.');
      if (version > latestSchemaVersion) return refused('it was written by a newer version of Briefing Desk; update the app first.');
      if (!schemaMatchesVersion(database, version, undefined)) return refused('it is not a Briefing Desk library.');
      return { ok: true };
    });
  } catch {
    return refused('it is not a Briefing Desk library, or it is damaged.');
  }
}
