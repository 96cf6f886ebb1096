import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0010: create briefings', () => {
  const folder = testLibraryFolder();

  it('creates a STRICT briefings table that refuses an unknown status and a wrongly typed revision', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 0 });
    expect(schemaVersion(database)).toBe(0);
    migrate(database, { target: 10 });
    expect(schemaVersion(database)).toBe(10);

    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision) VALUES (?, 'blank', 'T', 'en', ?, '{}', '[]', '[]', NULL, 'now', 'now', ?)`,
    );
    insert.run('a', 'draft', 1);
    expect(() => insert.run('b', 'published', 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run('c', 'draft', 'one')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(database.prepare('SELECT id FROM briefings').all()).toEqual([{ id: 'a' }]);
    // The library list (not trashed, newest edit first) reads through the index rather than scanning every body.
    const plan = database
      .prepare<[], { detail: string }>('EXPLAIN QUERY PLAN SELECT id FROM briefings WHERE trashed_at IS NULL ORDER BY updated_at DESC')
      .all();
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING INDEX briefings_by_trash_and_edit/);
    database.close();
  });
});
