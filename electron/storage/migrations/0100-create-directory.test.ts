import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0100: create directory', () => {
  const folder = testLibraryFolder();

  it('adds the directory beside the briefings already there, with its rules', () => {
    const database = new Database(folder.path());
    database.pragma('foreign_keys = ON');
    migrate(database, { target: 70 });
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
           event_date, created_at, updated_at, revision) VALUES ('a', 'blank', 'Kept', 'en', 'draft', '{}', '[]', '[]', NULL, 'now', 'now', 1)`,
      )
      .run();
    migrate(database, { target: 100 });
    expect(schemaVersion(database)).toBe(100);
    expect(database.prepare('SELECT title FROM briefings').all()).toEqual([{ title: 'Kept' }]);
    database.prepare(`INSERT INTO directory_people (id, email, created_at, updated_at, revision) VALUES ('p', NULL, 'now', 'now', 1)`).run();
    const title = database.prepare(`INSERT INTO directory_titles (person_id, organisation_id, from_date, to_date, position) VALUES (?, NULL, ?, ?, 0)`);
    expect(() => title.run('p', '2020-01-02', '2020-01-01')).toThrow(/CHECK constraint failed/);
    expect(() => title.run('nobody', null, null)).toThrow(/FOREIGN KEY constraint failed/);
    const titleId = title.run('p', '2019-10-08', null).lastInsertRowid;
    database.prepare(`INSERT INTO directory_title_names (title_id, language, title, forms_json) VALUES (?, 'en', 'Prime Minister', NULL)`).run(titleId);
    database.prepare(`DELETE FROM directory_people WHERE id = 'p'`).run();
    expect(database.prepare('SELECT count(*) AS count FROM directory_title_names').get()).toEqual({ count: 0 });
    database.close();
  });
});
