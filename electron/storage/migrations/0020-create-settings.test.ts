import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0020: create settings', () => {
  const folder = testLibraryFolder();

  it('adds the settings table and keeps the briefings written at version 10', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 10 });
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
           event_date, created_at, updated_at, revision) VALUES ('a', 'blank', 'Kept', 'en', 'draft', '{}', '[]', '[]', NULL, 'now', 'now', 1)`,
      )
      .run();

    migrate(database, { target: 20 });
    expect(schemaVersion(database)).toBe(20);
    database.prepare(`INSERT INTO settings (key, value_json) VALUES ('demoSeeded', 'true')`).run();
    expect(database.prepare('SELECT value_json FROM settings').all()).toEqual([{ value_json: 'true' }]);
    expect(database.prepare('SELECT title FROM briefings').all()).toEqual([{ title: 'Kept' }]);
    database.close();
  });
});
