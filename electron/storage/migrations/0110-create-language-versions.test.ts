import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0110: create language versions', () => {
  const folder = testLibraryFolder();

  it('keeps the briefings, links versions to briefings that exist, and forgets a version deleted for ever', () => {
    const database = new Database(folder.path());
    database.pragma('foreign_keys = ON');
    migrate(database, { target: 100 });
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision) VALUES (?, 'meeting-readout', 'Görüş', ?, 'draft', '{}', '[]', '[]', NULL, 'now', 'now', 1)`,
    );
    insert.run('az', 'az');
    insert.run('en', 'en');
    migrate(database, { target: 110 });
    expect(schemaVersion(database)).toBe(110);
    expect(database.prepare('SELECT count(*) AS count FROM briefings').get()).toEqual({ count: 2 });
    const link = database.prepare(`INSERT INTO language_versions (briefing_id, family_id, source_language, linked_at) VALUES (?, 'f', ?, 'now')`);
    link.run('az', null);
    link.run('en', 'az');
    expect(() => link.run('nobody', 'az')).toThrow(/FOREIGN KEY constraint failed/);
    database.prepare(`INSERT INTO translated_sections (briefing_id, section_id, source_text, source_hash, updated_at) VALUES ('en', 'lede', 'Mətn', 'h', 'now')`).run();
    database.prepare(`DELETE FROM briefings WHERE id = 'en'`).run();
    expect(database.prepare('SELECT count(*) AS count FROM language_versions').get()).toEqual({ count: 1 });
    expect(database.prepare('SELECT count(*) AS count FROM translated_sections').get()).toEqual({ count: 0 });
    database.close();
  });
});
