import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0160: share team trash', () => {
  const folder = testLibraryFolder();

  it('queues a move to or from the Trash of a shared library, at its revision, and nothing for a library of one person', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 150 });
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, created_at, updated_at, revision)
         VALUES ('b', 'press-release', 'Title', 'en', 'draft', '{}', '[]', '[]', 'then', 'then', 4)`,
      )
      .run();
    database.prepare("INSERT INTO team_outbox (op_id, briefing_id, base_revision, revision, status, content_json, queued_at) VALUES ('x', 'b', 3, 4, 'draft', '{}', 'then')").run();
    migrate(database, { target: 160 });
    expect(schemaVersion(database)).toBe(160);
    // A save queued before the migration stays a save.
    expect(database.prepare('SELECT action FROM team_outbox').all()).toEqual([{ action: 'save' }]);
    database.prepare('DELETE FROM team_outbox').run();

    database.prepare("UPDATE briefings SET trashed_at = 'now' WHERE id = 'b'").run();
    database.prepare('UPDATE briefings SET trashed_at = NULL WHERE id = ?').run('b');
    expect(database.prepare('SELECT count(*) AS n FROM team_outbox').get()).toEqual({ n: 0 });

    database.prepare("INSERT INTO team_state (key, value) VALUES ('server', 'postgres://leyla@127.0.0.1/press')").run();
    database.prepare("UPDATE briefings SET trashed_at = 'now' WHERE id = 'b'").run();
    database.prepare("UPDATE briefings SET trashed_at = 'later' WHERE id = 'b'").run();
    database.prepare('UPDATE briefings SET trashed_at = NULL WHERE id = ?').run('b');
    expect(database.prepare('SELECT action, base_revision, revision FROM team_outbox ORDER BY seq').all()).toEqual([
      { action: 'trash', base_revision: 4, revision: 4 },
      { action: 'restore', base_revision: 4, revision: 4 },
    ]);
    expect(() => database.prepare("UPDATE team_outbox SET action = 'delete'").run()).toThrow(/CHECK constraint failed/u);
    database.close();
  });
});
