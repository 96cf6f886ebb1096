import type { Migration } from './migration';

/**
 * The protocol directory: people and organisations with their names per
 * language, the titles people held between two dates, and a history of every
 * change (a snapshot per save, like a briefing's revisions). Names and titles
 * are rows, not JSON, so that a lookup by spelling and a title on a date are
 * plain queries.
 */
export const createDirectory: Migration = {
  version: 100,
  name: 'create directory',
  up(database) {
    database.exec(`
      CREATE TABLE directory_organisations (
        id TEXT PRIMARY KEY,
        english_takes_the INTEGER NOT NULL CHECK (english_takes_the IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1)
      ) STRICT;
      CREATE TABLE directory_organisation_names (
        organisation_id TEXT NOT NULL REFERENCES directory_organisations (id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        short_name TEXT,
        forms_json TEXT,
        PRIMARY KEY (organisation_id, language)
      ) STRICT;
      CREATE TABLE directory_people (
        id TEXT PRIMARY KEY,
        email TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1)
      ) STRICT;
      CREATE INDEX directory_people_by_email ON directory_people (email COLLATE NOCASE) WHERE email IS NOT NULL;
      CREATE TABLE directory_person_names (
        person_id TEXT NOT NULL REFERENCES directory_people (id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        honorific TEXT,
        forms_json TEXT,
        PRIMARY KEY (person_id, language)
      ) STRICT;
      CREATE TABLE directory_titles (
        id INTEGER PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES directory_people (id) ON DELETE CASCADE,
        -- An organisation that is removed leaves the title standing without it.
        organisation_id TEXT REFERENCES directory_organisations (id) ON DELETE SET NULL,
        from_date TEXT,
        to_date TEXT,
        position INTEGER NOT NULL,
        CHECK (from_date IS NULL OR to_date IS NULL OR from_date <= to_date)
      ) STRICT;
      CREATE INDEX directory_titles_by_person ON directory_titles (person_id, position);
      CREATE TABLE directory_title_names (
        title_id INTEGER NOT NULL REFERENCES directory_titles (id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        forms_json TEXT,
        PRIMARY KEY (title_id, language)
      ) STRICT;
      CREATE TABLE directory_history (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
        entity_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('create', 'edit', 'import', 'remove')),
        created_at TEXT NOT NULL,
        -- The entry as it was after this change (before it, for a removal).
        snapshot_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX directory_history_by_entity ON directory_history (entity_id, id);
    `);
  },
};
