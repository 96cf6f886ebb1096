import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0070: index status counts', () => {
  const folder = testLibraryFolder();

  it('keeps the briefings and lets the status counts of any filter read the index alone', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 60 });
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision) VALUES (?, 'meeting-readout', 'T', ?, ?, '{}', '[]', '[]', ?, 'now', 'now', 1)`,
    );
    insert.run('a', 'en', 'draft', '2025-11-21');
    insert.run('b', 'az', 'in-review', null);
    insert.run('c', 'az', 'in-review', '2025-12-01');
    migrate(database, { target: 70 });
    expect(schemaVersion(database)).toBe(70);

    const counts = `SELECT b.status AS status, count(*) AS count FROM briefings b
      WHERE b.trashed_at IS NULL AND b.template_id = @templateId AND b.language = @language AND b.event_date >= @eventFrom GROUP BY b.status`;
    const params = { templateId: 'meeting-readout', language: 'az', eventFrom: '2025-01-01' };
    expect(database.prepare(counts).all(params)).toEqual([{ status: 'in-review', count: 1 }]);
    const plan = (sql: string, bound: Record<string, string> = {}) =>
      database.prepare<Record<string, string>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(bound).map((step) => step.detail).join('\n');
    expect(plan(counts, params)).toMatch(/USING COVERING INDEX briefings_for_status_counts/);
    expect(plan('SELECT b.status, count(*) FROM briefings b WHERE b.trashed_at IS NULL GROUP BY b.status')).toMatch(/USING COVERING INDEX briefings_for_status_counts/);
    database.close();
  });
});
