import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { migrate, schemaVersion } from './migrate';
import { latestSchemaVersion } from './migrations/migrations';
import type { Migration } from './migrations/migration';

describe('migrate', () => {
  const folder = testLibraryFolder();

  it('rolls a failing migration back whole and leaves the version where it was', () => {
    const database = new Database(folder.path());
    const migrations: Migration[] = [
      { version: 10, name: 'one', up: (db) => db.exec('CREATE TABLE one (x INTEGER) STRICT') },
      {
        version: 20,
        name: 'half done',
        up: (db) => {
          db.exec('CREATE TABLE two (x INTEGER) STRICT');
          throw new Error('disk trouble');
        },
      },
    ];
    expect(() => migrate(database, { migrations })).toThrow('disk trouble');
    expect(schemaVersion(database)).toBe(10);
    const tables = database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    expect(tables).toEqual([{ name: 'one' }]);
    database.close();
  });

  it('applies only what is pending, so a second run changes nothing', () => {
    const database = new Database(folder.path());
    migrate(database);
    const version = schemaVersion(database);
    database.prepare(`INSERT INTO settings (key, value_json) VALUES ('kept', 'true')`).run();
    migrate(database);
    expect(schemaVersion(database)).toBe(version);
    expect(database.prepare('SELECT key FROM settings').all()).toEqual([{ key: 'kept' }]);
    database.close();
  });

  it('refuses a library written by a newer version, naming both versions', () => {
    const database = new Database(folder.path());
    database.pragma('user_version = 9990');
    expect(() => migrate(database)).toThrow(`newer version of Briefing Desk (schema 9990); this version understands up to ${latestSchemaVersion}.`);
    database.close();
  });
});
