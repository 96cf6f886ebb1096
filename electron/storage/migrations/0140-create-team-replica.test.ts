import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

const insertBriefing = `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, created_at, updated_at, revision)
  VALUES ('b', 'press-release', 'Title', 'en', 'draft', '{}', '[]', '[]', 'then', 'then', 1)`;

describe('migration 0140: create team replica', () => {
  const folder = testLibraryFolder();

  it('queues nothing in a library that is not shared, and every save once it is', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 130 });
    database.prepare(insertBriefing).run();
    migrate(database, { target: 140 });
    expect(schemaVersion(database)).toBe(140);
    database.prepare("UPDATE briefings SET title = 'Alone', revision = 2 WHERE id = 'b'").run();
    expect(database.prepare('SELECT count(*) AS n FROM team_outbox').get()).toEqual({ n: 0 });

    database.prepare("INSERT INTO team_state (key, value) VALUES ('server', 'postgres://leyla@127.0.0.1/press')").run();
    database.prepare("UPDATE briefings SET title = 'Shared', revision = 3 WHERE id = 'b'").run();
    // A change that is not a save (the Trash) moves no revision and is not queued.
    database.prepare("UPDATE briefings SET trashed_at = 'now' WHERE id = 'b'").run();
    const queued = database.prepare<[], { op_id: string; base_revision: number; revision: number; content_json: string }>('SELECT * FROM team_outbox').all();
    expect(queued.map((op) => [op.base_revision, op.revision, (JSON.parse(op.content_json) as { title: string }).title])).toEqual([[2, 3, 'Shared']]);
    expect(queued[0]?.op_id).toMatch(/^[0-9a-f]{32}$/u);

    // What the server sent is written while `applying` is set, and is not sent back.
    database.transaction(() => {
      database.prepare("INSERT INTO team_state (key, value) VALUES ('applying', '1')").run();
      database.prepare("UPDATE briefings SET title = 'From the server', revision = 4 WHERE id = 'b'").run();
      database.prepare("DELETE FROM team_state WHERE key = 'applying'").run();
    })();
    expect(database.prepare('SELECT count(*) AS n FROM team_outbox').get()).toEqual({ n: 1 });
    database.close();
  });
});
