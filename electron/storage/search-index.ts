import type { Database } from 'better-sqlite3';
import { searchDocument, type SearchableBriefing } from './search-document';

/**
 * Replaces a briefing's row in the FTS index. Callers run it inside the
 * transaction that writes the briefing, so the index never disagrees with
 * what is stored.
 */
export function writeSearchDocument(database: Database, rowid: number | bigint, briefing: SearchableBriefing): void {
  const document = searchDocument(briefing);
  database.prepare('DELETE FROM briefing_search WHERE rowid = ?').run(rowid);
  database
    .prepare(
      `INSERT INTO briefing_search (rowid, title, fields, people, organisations, body)
       VALUES (@rowid, @title, @fields, @people, @organisations, @body)`,
    )
    .run({ rowid, ...document });
}

/** Removes a briefing from the index (it is being deleted for ever). */
export function deleteSearchDocument(database: Database, rowid: number | bigint): void {
  database.prepare('DELETE FROM briefing_search WHERE rowid = ?').run(rowid);
}
