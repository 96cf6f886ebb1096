import type { Migration } from './migration';

export const createBriefings: Migration = {
  version: 10,
  name: 'create briefings',
  up(database) {
    database.exec(`
      CREATE TABLE briefings (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'released')),
        fields_json TEXT NOT NULL,
        participants_json TEXT NOT NULL,
        body_json TEXT NOT NULL,
        -- The template's event date (YYYY-MM-DD), copied out of fields_json for listing and sorting.
        event_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        trashed_at TEXT
      ) STRICT;
      CREATE INDEX briefings_by_trash_and_edit ON briefings (trashed_at, updated_at);
    `);
  },
};
