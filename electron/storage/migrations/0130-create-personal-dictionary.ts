import type { Migration } from './migration';

/**
 * The personal dictionary: words the person told spelling to accept ("Add to
 * dictionary"), in every language, kept in the library so that a restored
 * backup or another window has them too.
 */
export const createPersonalDictionary: Migration = {
  version: 130,
  name: 'create personal dictionary',
  up(database) {
    database.exec(`
      CREATE TABLE personal_dictionary (
        word TEXT PRIMARY KEY CHECK (word <> '' AND length(word) <= 100),
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
