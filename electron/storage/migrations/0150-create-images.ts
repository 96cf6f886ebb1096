import type { Migration } from './migration';

/**
 * Pictures in the body: each distinct image once, addressed by the SHA-256 of
 * its stored bytes (already stripped of metadata), with what a page or an
 * export needs to lay it out. A briefing's body, its revisions, duplicates and
 * language versions refer to the hash, so saving a body never writes an image
 * again and the library grows by an image's bytes once.
 */
export const createImages: Migration = {
  version: 150,
  name: 'create images',
  up(database) {
    database.exec(`
      CREATE TABLE images (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        byte_size INTEGER NOT NULL CHECK (byte_size = length(bytes)),
        bytes BLOB NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
