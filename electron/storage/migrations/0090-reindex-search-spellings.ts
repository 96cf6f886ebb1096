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
 * Search learned other spellings (Azerbaijani names under their English
 * transliterations, "asadov" for "Əsədov"; Arabic alef forms, ta marbuta and
 * short vowels folded) and reads field references in the body as their
 * values. The index keeps its columns; every briefing's row is written again
 * the way saves now write it, in this migration's transaction.
 */
export const reindexSearchSpellings: Migration = {
  version: 90,
  name: 'reindex search with spellings',
  up(database) {
    const rows = database
      .prepare<[], ExistingBriefing>('SELECT rowid, template_id, title, language, fields_json, participants_json, body_json FROM briefings')
      .all();
    for (const row of rows) {
      try {
        writeSearchDocument(database, row.rowid, {
          title: row.title,
          language: row.language,
          templateId: row.template_id,
          fields: JSON.parse(row.fields_json) as SearchableBriefing['fields'],
          participants: JSON.parse(row.participants_json) as SearchableBriefing['participants'],
          body: JSON.parse(row.body_json) as SearchableBriefing['body'],
        });
      } catch {
        // A row whose JSON cannot be read is still found by its title; opening it reports the damage.
        writeSearchDocument(database, row.rowid, { title: row.title, language: row.language, fields: {}, participants: [], body: [] });
      }
    }
  },
};
