import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedBriefing, seededRandom } from '../../../bench/library-corpus';
import { newBriefingContent } from '../../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { BriefingStore } from '../briefing-store';
import { LibrarySearch } from '../library-search';
import { migrate, schemaVersion } from '../migrate';
import { writeSearchDocument } from '../search-index';

describe('migration 0120: search index without a copy of the text', () => {
  const folder = testLibraryFolder();

  it('finds, ranks and cuts snippets exactly as before, from an index that no longer keeps the text, in a smaller file', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 100 });
    const template = findBuiltInTemplate('meeting-readout');
    if (!template) throw new Error('meeting-readout missing');
    const store = new BriefingStore(database);
    const random = seededRandom(7);
    // Rows as the store wrote them at schema 100 (today's store writes columns added since, see migration 0200).
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, event_date, created_at, updated_at, revision)
       VALUES (@id, @templateId, @title, @language, 'draft', @fields, @participants, @body, NULL, 'now', 'now', 1)`,
    );
    database.transaction(() => {
      for (let index = 0; index < 60; index += 1) {
        const content = generatedBriefing(random, newBriefingContent(template), index);
        const { lastInsertRowid } = insert.run({
          ...content,
          id: `generated-${index}`,
          fields: JSON.stringify(content.fields),
          participants: JSON.stringify(content.participants),
          body: JSON.stringify(content.body),
        });
        writeSearchDocument(database, lastInsertRowid, content);
      }
      // A row whose JSON cannot be read, indexed by its title as 0090 did: so is it after the migration.
      const { lastInsertRowid } = database
        .prepare(
          `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, event_date, created_at, updated_at, revision)
           VALUES ('broken', 'meeting-readout', 'Unreadable Şuşa notes', 'az', 'draft', '{}', '[]', 'not json', NULL, 'now', 'now', 1)`,
        )
        .run();
      writeSearchDocument(database, lastInsertRowid, { title: 'Unreadable Şuşa notes', language: 'az', fields: {}, participants: [], body: [] });
    })();
    // Today's search reads the column migration 0200 adds (a packed body): the old schema gets it, empty, while the
    // results are compared, and loses it again before the library is brought up to date.
    database.exec('ALTER TABLE briefings ADD COLUMN body_packed BLOB');
    const search = new LibrarySearch(database);
    const queries = ['eliyev', 'Bakıda', 'москв', 'roadmap', 'telecommunication union', 'shusha', 'coop', 'стороны обсудили', 'unreadable'];
    const results = () => queries.map((text) => search.search({ text, limit: 50 }));
    const before = results();
    expect(before.map((result) => result.total > 0)).toEqual(queries.map(() => true));
    database.pragma('wal_checkpoint(TRUNCATE)');
    database.exec('VACUUM');
    const bytesBefore = statSync(folder.path()).size;

    migrate(database, { target: 120 });
    expect(schemaVersion(database)).toBe(120);
    expect(results()).toEqual(before);
    expect(search.search({ text: 'unreadable' }).hits.map((hit) => hit.id)).toEqual(['broken']);
    expect(database.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'briefing_search_content'").get()).toEqual({ n: 0 });
    database.exec('VACUUM');
    expect(statSync(folder.path()).size).toBeLessThan(bytesBefore * 0.75);

    // Saves after the migration keep the index right: a changed title is found by its new words only. The store
    // is today's, which records History as the newest schema has it, so the library is brought up to date first.
    database.exec('ALTER TABLE briefings DROP COLUMN body_packed');
    migrate(database);
    const first = store.list().find((briefing) => briefing.id !== 'broken');
    if (!first) throw new Error('no briefing');
    store.save({ id: first.id, baseRevision: first.revision, title: 'Qarabağ roadmap readout' });
    expect(search.search({ text: 'qarabag' }).hits.map((hit) => hit.id)).toEqual([first.id]);
    store.save({ id: first.id, baseRevision: first.revision + 1, title: 'Another title' });
    expect(search.search({ text: 'qarabag' }).total).toBe(0);
    database.close();
  });
});
