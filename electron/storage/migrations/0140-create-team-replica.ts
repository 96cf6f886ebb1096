import type { Migration } from './migration';

/** The briefing as the team server keeps it (`content`), built from a row of `briefings` inside a trigger. */
const contentOf = (row: string) => `json_object(
  'templateId', ${row}.template_id, 'title', ${row}.title, 'language', ${row}.language,
  'fields', json(${row}.fields_json), 'participants', json(${row}.participants_json), 'body', json(${row}.body_json),
  'createdAt', ${row}.created_at, 'updatedAt', ${row}.updated_at)`;

/** Only when the library is connected to a team server, and never for a change that came from it. */
const whenShared = `EXISTS (SELECT 1 FROM team_state WHERE key = 'server') AND NOT EXISTS (SELECT 1 FROM team_state WHERE key = 'applying')`;

/**
 * The offline replica of a team library: what the server is (its address,
 * never a password), how far this library has pulled, the saves not yet sent
 * (one row per save, in order, each with its own operation id, so a push
 * that is retried is applied once), and the briefings in conflict with both
 * texts. Triggers queue every save that moves a briefing's revision on, so
 * the services save as they always do and never know whether the library is
 * shared. A library that was never connected has empty tables and the
 * triggers do nothing.
 */
export const createTeamReplica: Migration = {
  version: 140,
  name: 'create team replica',
  up(database) {
    database.exec(`
      CREATE TABLE team_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE team_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE,
        briefing_id TEXT NOT NULL,
        base_revision INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        status TEXT NOT NULL,
        content_json TEXT NOT NULL,
        queued_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX team_outbox_briefing ON team_outbox (briefing_id);
      CREATE TABLE team_conflicts (
        briefing_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('conflict', 'refused')),
        message TEXT NOT NULL,
        mine_json TEXT NOT NULL,
        theirs_json TEXT,
        theirs_revision INTEGER,
        theirs_by TEXT,
        detected_at TEXT NOT NULL
      ) STRICT;
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
