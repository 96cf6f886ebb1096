import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0130: create personal dictionary', () => {
  const folder = testLibraryFolder();

  it('adds the personal dictionary beside the directory, refusing empty and duplicate words', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 100 });
    database.prepare(`INSERT INTO directory_people (id, email, created_at, updated_at, revision) VALUES ('p', NULL, 'now', 'now', 1)`).run();
    migrate(database, { target: 130 });
    expect(schemaVersion(database)).toBe(130);
    expect(database.prepare('SELECT id FROM directory_people').all()).toEqual([{ id: 'p' }]);
    const insert = database.prepare('INSERT INTO personal_dictionary (word, added_at) VALUES (?, ?)');
    insert.run('görüşmək', 'now');
    expect(() => insert.run('görüşmək', 'now')).toThrow(/UNIQUE constraint failed/);
    expect(() => insert.run('', 'now')).toThrow(/CHECK constraint failed/);
    database.close();
  });
});
