import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0150: create images', () => {
  const folder = testLibraryFolder();

  it('adds the image table beside the team replica, one row per hash, refusing a bad hash, type or size', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 140 });
    database.prepare(`INSERT INTO personal_dictionary (word, added_at) VALUES ('görüş', 'now')`).run();
    migrate(database, { target: 150 });
    expect(schemaVersion(database)).toBe(150);
    expect(database.prepare('SELECT word FROM personal_dictionary').all()).toEqual([{ word: 'görüş' }]);
    const insert = database.prepare('INSERT INTO images (hash, mime, width, height, byte_size, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const hash = 'a'.repeat(64);
    insert.run(hash, 'image/png', 10, 20, 3, Buffer.from([1, 2, 3]), 'now');
    expect(() => insert.run(hash, 'image/png', 10, 20, 3, Buffer.from([1, 2, 3]), 'now')).toThrow(/UNIQUE constraint failed/);
    expect(() => insert.run('A'.repeat(64), 'image/png', 10, 20, 3, Buffer.from([1, 2, 3]), 'now')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('b'.repeat(64), 'image/svg+xml', 10, 20, 3, Buffer.from([1, 2, 3]), 'now')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('c'.repeat(64), 'image/png', 10, 20, 99, Buffer.from([1, 2, 3]), 'now')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('d'.repeat(64), 'image/png', 0, 20, 3, Buffer.from([1, 2, 3]), 'now')).toThrow(/CHECK constraint failed/);
    database.close();
  });
});
