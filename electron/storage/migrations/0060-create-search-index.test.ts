import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0060: create search index', () => {
  const folder = testLibraryFolder();

  it('indexes the briefings written before it, folded, so existing work is found at once', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 50 });
    const body = JSON.stringify([
      { type: 'section', sectionId: 'lede', heading: 'Lede', guidance: '', required: false, locked: true, children: [{ type: 'paragraph', children: [{ text: 'Görüş Bakıda keçirildi.' }] }] },
    ]);
    const participants = JSON.stringify([{ id: 'p1', name: 'İlham Əliyev', title: 'Prezident', organisation: 'Prezident Administrasiyası', side: 'host', role: '' }]);
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
           event_date, created_at, updated_at, revision) VALUES ('a', 'blank', 'Görüş', 'az', 'draft', '{}', ?, ?, NULL, 'now', 'now', 1)`,
      )
      .run(participants, body);
    database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
           event_date, created_at, updated_at, revision) VALUES ('b', 'blank', 'Broken', 'en', 'draft', '{}', '[]', 'not json', NULL, 'now', 'now', 1)`,
      )
      .run();

    migrate(database, { target: 60 });
    expect(schemaVersion(database)).toBe(60);
    const find = (match: string) =>
      database
        .prepare<[string], { id: string }>('SELECT b.id FROM briefing_search s JOIN briefings b ON b.rowid = s.rowid WHERE briefing_search MATCH ?')
        .all(match)
        .map((row) => row.id);
    expect(find('baki*')).toEqual(['a']);
    expect(find('eliyev')).toEqual(['a']);
    expect(find('organisations : administrasiyasi')).toEqual(['a']);
    expect(find('broken')).toEqual(['b']);
    database.close();
  });
});
