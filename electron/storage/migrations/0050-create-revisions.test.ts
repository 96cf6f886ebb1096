import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0050: create revisions', () => {
  const folder = testLibraryFolder();

  it('adds a STRICT revisions table whose rows go with their briefing', () => {
    const database = new Database(folder.path());
    database.pragma('foreign_keys = ON');
    migrate(database, { target: 40 });
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
           event_date, created_at, updated_at, revision) VALUES ('a', 'blank', 'Kept', 'en', 'draft', '{}', '[]', '[]', NULL, 'now', 'now', 1)`,
      )
      .run();
    migrate(database, { target: 50 });
    expect(schemaVersion(database)).toBe(50);
    const insert = database.prepare(
      `INSERT INTO revisions (briefing_id, briefing_revision, reason, label, created_at, words, title, language, status, fields_json, participants_json, body_json)
       VALUES (?, 1, ?, NULL, 'now', 0, 'Kept', 'en', 'draft', '{}', '[]', '[]')`,
    );
    insert.run('a', 'autosave');
    expect(() => insert.run('a', 'whim')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('missing', 'manual')).toThrow(/FOREIGN KEY constraint failed/);
    database.prepare(`DELETE FROM briefings WHERE id = 'a'`).run();
    expect(database.prepare('SELECT count(*) AS count FROM revisions').get()).toEqual({ count: 0 });
    database.close();
  });
});
