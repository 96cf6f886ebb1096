import type { Migration } from './migration';

/**
 * Templates people save from their own briefings. A template is data (the
 * same JSON shape as the built-in ones); deleting one only hides it, so the
 * briefings made from it keep their fields and sections.
 */
export const createTemplates: Migration = {
  version: 30,
  name: 'create templates',
  up(database) {
    database.exec(`
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        definition_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
    `);
  },
};
