import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { foldForSearch } from '../../../shared/search/search-folding';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0090: reindex search with spellings', () => {
  const folder = testLibraryFolder();

  it('indexes existing briefings again, so transliterated names and field values are found at once', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 70 });
    const body = JSON.stringify([
      {
        type: 'section',
        sectionId: 'lede',
        heading: '',
        guidance: '',
        required: true,
        locked: true,
        children: [
          {
            type: 'paragraph',
            children: [{ text: '' }, { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] }, { text: ' şəhərində Əli Əsədov görüşüb.' }],
          },
        ],
      },
    ]);
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision) VALUES (?, 'meeting-readout', ?, 'az', 'draft', ?, '[]', ?, NULL, 'now', 'now', 1)`,
    );
    const { lastInsertRowid } = insert.run('a', 'Görüş', JSON.stringify({ location: 'Tbilisi' }), body);
    insert.run('b', 'Broken', '{}', 'not json');
    // The index as 0060 wrote it: one folding, field references as nothing.
    database
      .prepare("INSERT INTO briefing_search (rowid, title, fields, people, organisations, body) VALUES (?, 'gorus', 'tbilisi', '', '', ?)")
      .run(lastInsertRowid, foldForSearch(' şəhərində Əli Əsədov görüşüb.'));
    const find = (match: string) =>
      database
        .prepare<[string], { id: string }>('SELECT b.id FROM briefing_search s JOIN briefings b ON b.rowid = s.rowid WHERE briefing_search MATCH ?')
        .all(match)
        .map((row) => row.id);
    expect(find('asadov*')).toEqual([]);

    migrate(database, { target: 90 });
    expect(schemaVersion(database)).toBe(90);
    expect(find('asadov*')).toEqual(['a']);
    expect(find('esedov*')).toEqual(['a']);
    expect(find('body : tbilisi')).toEqual(['a']);
    expect(find('broken')).toEqual(['b']);
    expect(database.prepare('SELECT count(*) AS n FROM briefing_search').get()).toEqual({ n: 2 });
    database.close();
  });
});
