import type { Migration } from './migration';

/**
 * A row's body as the outbox carries it: the JSON, or the packed bytes in hex (`unpackQueuedBody` reads both). Written
 * out here as `bodyInJsonSql` in `body-codec.ts` had it when this migration was made: what a migration creates must not
 * change with later code.
 */
const bodyInJson = (row: string) => `CASE WHEN ${row}.body_packed IS NULL THEN json(${row}.body_json) ELSE json_object('packedBody', hex(${row}.body_packed)) END`;

/** The briefing as the team server keeps it (as in 0140), its body as `bodyInJson` gives it. */
const contentOf = (row: string) => `json_object(
  'templateId', ${row}.template_id, 'title', ${row}.title, 'language', ${row}.language,
  'fields', json(${row}.fields_json), 'participants', json(${row}.participants_json), 'body', ${bodyInJson(row)},
  'createdAt', ${row}.created_at, 'updatedAt', ${row}.updated_at)`;

/** Only when the library is connected to a team server, and never for a change that came from it (as in 0140). */
const whenShared = `EXISTS (SELECT 1 FROM team_state WHERE key = 'server') AND NOT EXISTS (SELECT 1 FROM team_state WHERE key = 'applying')`;

/**
 * Bodies are stored compressed (see `body-codec.ts`): `body_packed` joins
 * `briefings` and `revisions` as the last column, NULL for every row already
 * there. Adding a column rewrites no row, so a library of 100,000 briefings
 * (1.8 GB of bodies) opens at once; an old row stays JSON text in
 * `body_json` and is packed at its next save. The team replica's triggers
 * are made again to queue a packed body as its bytes in hex.
 */
export const packBodies: Migration = {
  version: 200,
  name: 'pack bodies',
  up(database) {
    database.exec(`
      ALTER TABLE briefings ADD COLUMN body_packed BLOB;
      ALTER TABLE revisions ADD COLUMN body_packed BLOB;
      DROP TRIGGER team_queue_new;
      DROP TRIGGER team_queue_save;
      CREATE TRIGGER team_queue_new AFTER INSERT ON briefings WHEN ${whenShared}
      BEGIN
        INSERT INTO team_outbox (op_id, briefing_id, base_revision, revision, status, content_json, queued_at)
        VALUES (lower(hex(randomblob(16))), NEW.id, 0, NEW.revision, NEW.status, ${contentOf('NEW')}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;
      CREATE TRIGGER team_queue_save AFTER UPDATE OF revision ON briefings WHEN NEW.revision <> OLD.revision AND ${whenShared}
      BEGIN
        INSERT INTO team_outbox (op_id, briefing_id, base_revision, revision, status, content_json, queued_at)
        VALUES (lower(hex(randomblob(16))), NEW.id, OLD.revision, NEW.revision, NEW.status, ${contentOf('NEW')}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;
    `);
  },
};
