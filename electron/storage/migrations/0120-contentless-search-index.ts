import type { Migration } from './migration';
import type { SearchableBriefing } from '../search-document';
import { writeSearchDocument } from '../search-index';

interface ExistingBriefing {
  rowid: number;
  template_id: string;
  title: string;
  language: string;
  fields_json: string;
  participants_json: string;
  body_json: string;
}

/**
 * The search index without its own copy of the text. FTS5 kept every
 * briefing's folded text a second time (about as much as the briefing
 * itself), and a save had to read that copy back and tokenize it again to
 * take the old entry out. Nothing ever read it: snippets are cut from the
 * briefing's own body, ranking needs only the index. A contentless table
 * with `contentless_delete` keeps the index alone and deletes without the
 * old text. Every briefing is indexed again, the way saves write it, in this
 * migration's transaction; columns, tokenizer and bm25 weights are unchanged.
 */
export const contentlessSearchIndex: Migration = {
  version: 120,
  name: 'search index without a copy of the text',
  up(database) {
    database.exec(`
      DROP TABLE briefing_search;
      CREATE VIRTUAL TABLE briefing_search USING fts5 (
        title, fields, people, organisations, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO briefing_search (briefing_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 4.0, 2.0, 1.0)');
    `);
    // In batches by rowid: a library of 100,000 briefings does not fit in memory at once, and an open iterator
    // would keep the connection from writing.
    const batch = database.prepare<[number], ExistingBriefing>(
      'SELECT rowid, template_id, title, language, fields_json, participants_json, body_json FROM briefings WHERE rowid > ? ORDER BY rowid LIMIT 500',
    );
    for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)?.rowid ?? Infinity)) for (const row of rows) {
      let briefing: SearchableBriefing;
      try {
        briefing = {
          title: row.title,
          language: row.language,
          templateId: row.template_id,
          fields: JSON.parse(row.fields_json) as SearchableBriefing['fields'],
          participants: JSON.parse(row.participants_json) as SearchableBriefing['participants'],
          body: JSON.parse(row.body_json) as SearchableBriefing['body'],
        };
      } catch {
        // A row whose JSON cannot be read is still found by its title; opening it reports the damage.
        briefing = { title: row.title, language: row.language, fields: {}, participants: [], body: [] };
      }
      writeSearchDocument(database, row.rowid, briefing);
    }
  },
};
