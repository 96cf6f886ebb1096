import type { Migration } from './migration';

export const createSettings: Migration = {
  version: 20,
  name: 'create settings',
  up(database) {
    database.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
