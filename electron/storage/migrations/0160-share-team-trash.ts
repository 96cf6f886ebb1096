import type { Migration } from './migration';

/** Only when the library is connected to a team server, and never for a change that came from it (as in 0140). */
const whenShared = `EXISTS (SELECT 1 FROM team_state WHERE key = 'server') AND NOT EXISTS (SELECT 1 FROM team_state WHERE key = 'applying')`;

/**
 * The Trash of a team library is shared: moving a briefing to the Trash or
 * restoring it is queued like a save (`action` says which), at the
 * briefing's revision, since it changes neither its text nor its status.
 */
export const shareTeamTrash: Migration = {
  version: 160,
  name: 'share team trash',
  up(database) {
    database.exec(`
      ALTER TABLE team_outbox ADD COLUMN action TEXT NOT NULL DEFAULT 'save' CHECK (action IN ('save', 'trash', 'restore'));
      CREATE TRIGGER team_queue_trash AFTER UPDATE OF trashed_at ON briefings
        WHEN (NEW.trashed_at IS NULL) <> (OLD.trashed_at IS NULL) AND ${whenShared}
      BEGIN
        INSERT INTO team_outbox (op_id, briefing_id, base_revision, revision, status, content_json, queued_at, action)
        VALUES (lower(hex(randomblob(16))), NEW.id, NEW.revision, NEW.revision, NEW.status, '{}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
          CASE WHEN NEW.trashed_at IS NULL THEN 'restore' ELSE 'trash' END);
      END;
    `);
  },
};
