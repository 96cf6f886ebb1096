import type { Migration } from './migration';

/**
 * Moves the large JSON columns to the end of the briefings row. SQLite reads
 * a row's columns in order and a 100-page body spills onto overflow pages, so
 * with `body_json` in the middle, every list, filter and search that reads
 * `event_date`, `updated_at` or `trashed_at` walked the whole body of every
 * briefing (seconds for 10,000 briefings). Rows keep their rowid (the search
 * index is keyed by it). Runs before any table references `briefings`.
 */
export const reorderBriefingColumns: Migration = {
  version: 40,
  name: 'reorder briefing columns',
  up(database) {
    database.exec(`
      CREATE TABLE briefings_reordered (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'released')),
        -- The template's event date (YYYY-MM-DD), copied out of fields_json for listing and sorting.
        event_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        trashed_at TEXT,
        fields_json TEXT NOT NULL,
        participants_json TEXT NOT NULL,
        body_json TEXT NOT NULL
      ) STRICT;
      INSERT INTO briefings_reordered (rowid, id, template_id, title, language, status, event_date, created_at, updated_at, revision,
          trashed_at, fields_json, participants_json, body_json)
        SELECT rowid, id, template_id, title, language, status, event_date, created_at, updated_at, revision,
          trashed_at, fields_json, participants_json, body_json FROM briefings;
      DROP TABLE briefings;
      ALTER TABLE briefings_reordered RENAME TO briefings;
      CREATE INDEX briefings_by_trash_and_edit ON briefings (trashed_at, updated_at);
    `);
  },
};
