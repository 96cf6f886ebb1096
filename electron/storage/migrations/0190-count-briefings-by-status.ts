import type { Migration } from './migration';

/**
 * Adds `delta` to the count of a row's status, in the library or the Trash (`row` is NEW or OLD inside a trigger).
 * Only an UPDATE: every row is there from the migration on. An `INSERT OR IGNORE` here would not ignore inside a
 * trigger fired by an upsert (the team replica's writes): the outer statement's conflict handling wins.
 */
const add = (row: string, delta: number) => `
  UPDATE briefing_status_counts SET count = count + (${delta}) WHERE trashed = (${row}.trashed_at IS NOT NULL) AND status = ${row}.status;`;

/**
 * The library's list without filters shows how many briefings each status
 * holds, and counting them read the whole status index (100,000 entries at
 * 100,000 briefings, the most of that list's time). These counts are kept
 * instead, by triggers on `briefings`, so they change in the same
 * transaction as every write whoever writes (the services, an import, the
 * team replica applying the server's changes) and cannot drift. A list with
 * a filter or words still counts the index under them.
 */
export const countBriefingsByStatus: Migration = {
  version: 190,
  name: 'count briefings by status',
  up(database) {
    database.exec(`
      CREATE TABLE briefing_status_counts (
        -- 1 for the Trash, 0 for the library.
        trashed INTEGER NOT NULL CHECK (trashed IN (0, 1)),
        status TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (trashed, status)
      ) STRICT, WITHOUT ROWID;
      -- A row for each status the table's CHECK allows, in the library and the Trash, counted once here.
      INSERT INTO briefing_status_counts (trashed, status, count)
        SELECT trashed.column1, statuses.column1, 0 FROM (VALUES (0), (1)) AS trashed, (VALUES ('draft'), ('in-review'), ('approved'), ('released')) AS statuses;
      UPDATE briefing_status_counts SET count = counted.count
        FROM (SELECT trashed_at IS NOT NULL AS trashed, status, count(*) AS count FROM briefings GROUP BY trashed_at IS NOT NULL, status) AS counted
        WHERE briefing_status_counts.trashed = counted.trashed AND briefing_status_counts.status = counted.status;
      CREATE TRIGGER briefing_status_count_insert AFTER INSERT ON briefings
      BEGIN ${add('NEW', 1)}
      END;
      CREATE TRIGGER briefing_status_count_delete AFTER DELETE ON briefings
      BEGIN ${add('OLD', -1)}
      END;
      CREATE TRIGGER briefing_status_count_update AFTER UPDATE OF status, trashed_at ON briefings
        WHEN OLD.status IS NOT NEW.status OR (OLD.trashed_at IS NULL) <> (NEW.trashed_at IS NULL)
      BEGIN ${add('OLD', -1)} ${add('NEW', 1)}
      END;
    `);
  },
};
