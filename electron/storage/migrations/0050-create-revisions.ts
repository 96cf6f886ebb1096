import type { Migration } from './migration';

/** Snapshots of a briefing with the reason they were taken; see `revision-store.ts` for when and how they are pruned. */
export const createRevisions: Migration = {
  version: 50,
  name: 'create revisions',
  up(database) {
    database.exec(`
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        briefing_id TEXT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
        -- The briefing's revision number this snapshot shows.
        briefing_revision INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('autosave', 'status', 'export', 'restore', 'manual', 'import')),
        label TEXT,
        created_at TEXT NOT NULL,
        words INTEGER NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        status TEXT NOT NULL,
        fields_json TEXT NOT NULL,
        participants_json TEXT NOT NULL,
        body_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_briefing ON revisions (briefing_id, created_at);
    `);
  },
};
