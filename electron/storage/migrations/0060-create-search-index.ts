import type { Migration } from './migration';
import type { SearchableBriefing } from '../search-document';
import { writeSearchDocument } from '../search-index';

interface ExistingBriefing {
  rowid: number;
  title: string;
  fields_json: string;
  participants_json: string;
  body_json: string;
}

/**
 * FTS5 over title, field values, participants and body text, keyed by the
 * briefings' rowid. The text is folded before it is indexed (see
 * `shared/search/search-folding.ts`), which keeps its length, so snippets are
 * cut from the body text as written at the places `highlight()` marks in the
 * folded one. Existing briefings are indexed here, in the same transaction.
 */
export const createSearchIndex: Migration = {
  version: 60,
  name: 'create search index',
  up(database) {
    database.exec(`
      CREATE VIRTUAL TABLE briefing_search USING fts5 (
        title, fields, people, organisations, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE INDEX briefings_by_event_date ON briefings (trashed_at, event_date);
      -- Relevance: bm25 weighting a match in the title over one in the fields or people, over one in the body.
      INSERT INTO briefing_search (briefing_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 4.0, 2.0, 1.0)');
    `);
    const rows = database.prepare<[], ExistingBriefing>('SELECT rowid, title, fields_json, participants_json, body_json FROM briefings').all();
    for (const row of rows) {
      try {
        writeSearchDocument(database, row.rowid, {
          title: row.title,
          fields: JSON.parse(row.fields_json) as SearchableBriefing['fields'],
          participants: JSON.parse(row.participants_json) as SearchableBriefing['participants'],
          body: JSON.parse(row.body_json) as SearchableBriefing['body'],
        });
      } catch {
        // A row whose JSON cannot be read is still found by its title; opening it reports the damage.
        writeSearchDocument(database, row.rowid, { title: row.title, fields: {}, participants: [], body: [] });
      }
    }
  },
};
