import type { Database } from 'better-sqlite3';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { Migration } from './migrations/migration';
import { migrations as allMigrations, latestSchemaVersion } from './migrations/migrations';

export function schemaVersion(database: Database): number {
  return database.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses, with the plain "update the app" message, a library whose schema is
 * newer than `newest`: this build cannot know what a newer one stored, and
 * writing to it could damage the person's work.
 */
export function assertSchemaNotNewer(database: Database, newest: number = latestSchemaVersion): void {
  const current = schemaVersion(database);
  if (current > newest) {
    throw new ServiceError('storage', { id: 'library.newer', values: { schema: current, newest } });
  }
}

/**
 * Brings the schema up to `target` (default: the newest this build knows),
 * one migration per transaction, recording each in `user_version`. A library
 * written by a newer version is refused, never "downgraded".
 */
export function migrate(database: Database, options: { migrations?: readonly Migration[]; target?: number } = {}): void {
  const migrations = options.migrations ?? allMigrations;
  const newest = migrations.at(-1)?.version ?? 0;
  const target = options.target ?? newest;
  assertSchemaNotNewer(database, newest);
  const current = schemaVersion(database);
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    database
      .transaction(() => {
        // Read again under the write lock: another process opening the same library may have just applied it.
        if (schemaVersion(database) >= migration.version) return;
        migration.up(database);
        // PRAGMA takes no bound parameters; the version is a number from our own code.
        database.pragma(`user_version = ${Math.trunc(migration.version)}`);
      })
      .immediate();
  }
}
