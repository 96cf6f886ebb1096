import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0040: reorder briefing columns', () => {
  const folder = testLibraryFolder();

  it('puts the JSON columns last and keeps every briefing with its rowid', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 30 });
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision, trashed_at) VALUES (?, 'blank', ?, 'az', 'draft', '{}', '[]', '[]', '2025-11-21', 'c', 'u', 3, ?)`,
    );
    insert.run('a', 'Görüş', null);
    insert.run('b', 'In the Trash', 't');
    database.prepare(`DELETE FROM briefings WHERE id = 'a'`).run();
    insert.run('c', 'Bakı', null);
    const before = database.prepare('SELECT rowid, * FROM briefings ORDER BY rowid').all();

    migrate(database, { target: 40 });
    expect(schemaVersion(database)).toBe(40);
    const columns = database.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all('briefings').map((column) => column.name);
    expect(columns.slice(-3)).toEqual(['fields_json', 'participants_json', 'body_json']);
    expect(database.prepare('SELECT rowid, * FROM briefings ORDER BY rowid').all()).toEqual(before);
    expect(() => insert.run('b', 'Same id', null)).toThrow(/UNIQUE constraint failed/);
    expect(database.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'briefings' AND name NOT LIKE 'sqlite_%'`).all()).toEqual([
      { name: 'briefings_by_trash_and_edit' },
    ]);
    database.close();
  });
});
