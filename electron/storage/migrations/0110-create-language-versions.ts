import type { Migration } from './migration';

/**
 * Language versions: briefings that are the same readout in different
 * languages form a family. Each member names the language of the version it
 * is translated from (null for the original), so a source imported later, or
 * restored from the Trash, is found again by its language. Each translated
 * section records the source section's text it was last brought up to date
 * with (and its hash, which is what is compared), so a change in the source
 * shows per section with the words that changed since.
 */
export const createLanguageVersions: Migration = {
  version: 110,
  name: 'create language versions',
  up(database) {
    database.exec(`
      CREATE TABLE language_versions (
        briefing_id TEXT PRIMARY KEY REFERENCES briefings (id) ON DELETE CASCADE,
        family_id TEXT NOT NULL,
        source_language TEXT,
        to_check_json TEXT NOT NULL DEFAULT '[]',
        linked_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX language_versions_by_family ON language_versions (family_id);
      CREATE TABLE translated_sections (
        briefing_id TEXT NOT NULL REFERENCES language_versions (briefing_id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        source_text TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (briefing_id, section_id)
      ) STRICT;
    `);
  },
};
