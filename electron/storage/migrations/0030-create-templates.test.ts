import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0030: create templates', () => {
  const folder = testLibraryFolder();

  it('adds a STRICT templates table and keeps the briefings and settings written at version 20', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 20 });
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
           event_date, created_at, updated_at, revision) VALUES ('a', 'blank', 'Kept', 'en', 'draft', '{}', '[]', '[]', NULL, 'now', 'now', 1)`,
      )
      .run();
    database.prepare(`INSERT INTO settings (key, value_json) VALUES ('demoSeeded', 'true')`).run();

    migrate(database, { target: 30 });
    expect(schemaVersion(database)).toBe(30);
    const insert = database.prepare(`INSERT INTO templates (id, name, definition_json, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')`);
    insert.run('user-1', 'Weekly readout', '{}');
    expect(() => insert.run('user-2', null, '{}')).toThrow(/NOT NULL constraint failed: templates.name/);
    expect(() => insert.run('user-1', 'Same id', '{}')).toThrow(/UNIQUE constraint failed/);
    expect(database.prepare('SELECT title FROM briefings').all()).toEqual([{ title: 'Kept' }]);
    expect(database.prepare('SELECT key FROM settings').all()).toEqual([{ key: 'demoSeeded' }]);
    database.close();
  });
});
