import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { LibrarySearch } from '../library-search';
import { migrate, schemaVersion } from '../migrate';

describe('migration 0170: index list orders', () => {
  const folder = testLibraryFolder();

  it('lists in the same order as before, reading the briefings in event-date and title order from an index', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 160 });
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision, trashed_at) VALUES (?, 'meeting-readout', ?, ?, ?, '{}', '[]', '[]', ?, 'then', ?, 1, ?)`,
    );
    // Titles that sort differently with and without case, undated briefings, equal dates, and one in the Trash.
    insert.run('a', 'beta', 'az', 'draft', '2025-11-21', '2026-01-01T10:00:00Z', null);
    insert.run('b', 'Alpha', 'az', 'in-review', null, '2026-01-01T11:00:00Z', null);
    insert.run('c', 'Gamma', 'en', 'draft', '2025-11-21', '2026-01-01T12:00:00Z', null);
    insert.run('d', 'alpha', 'az', 'draft', '2025-12-01', '2026-01-01T13:00:00Z', null);
    insert.run('e', 'Delta', 'az', 'draft', '2025-12-09', '2026-01-01T14:00:00Z', '2026-01-02T00:00:00Z');
    const search = new LibrarySearch(database);
    const listed = () => ({
      event: search.search({ language: 'az', sort: 'event-date' }).hits.map((hit) => hit.id),
      title: search.search({ status: 'draft', templateId: 'meeting-readout', sort: 'title' }).hits.map((hit) => hit.id),
      edited: search.search({ eventFrom: '2025-11-01', language: 'az' }).hits.map((hit) => hit.id),
      datesByTitle: search.search({ eventFrom: '2025-11-01', eventTo: '2025-11-30', sort: 'title' }).hits.map((hit) => hit.id),
      // With a filter (every briefing here has this template) the counts come from the index: the table that keeps
      // them without filters comes with migration 0190.
      trashedByTitle: search.search({ trashed: true, templateId: 'meeting-readout', sort: 'title' }).hits.map((hit) => hit.id),
    });
    const before = listed();
    expect(before).toEqual({ event: ['d', 'a', 'b'], title: ['d', 'a', 'c'], edited: ['d', 'a'], datesByTitle: ['a', 'c'], trashedByTitle: ['e'] });

    migrate(database, { target: 170 });
    expect(schemaVersion(database)).toBe(170);
    expect(listed()).toEqual(before);
    const plan = (sql: string, bound: Record<string, string>) =>
      database.prepare<Record<string, string>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(bound).map((step) => step.detail).join('\n');
    const columns = 'b.id, b.title, b.language, b.status, b.event_date, b.updated_at';
    const byEvent = plan(
      `SELECT ${columns} FROM briefings b WHERE b.trashed_at IS NULL AND b.language = @language
       ORDER BY b.event_date IS NULL, b.event_date DESC, b.updated_at DESC LIMIT 50`,
      { language: 'az' },
    );
    expect(byEvent).toMatch(/USING INDEX briefings_in_event_order/);
    expect(byEvent).not.toMatch(/TEMP B-TREE/);
    const byEdit = plan(
      `SELECT ${columns} FROM briefings b WHERE b.trashed_at IS NULL AND +b.event_date >= @eventFrom AND b.language = @language
       ORDER BY b.updated_at DESC, b.rowid DESC LIMIT 50`,
      { eventFrom: '2025-01-01', language: 'az' },
    );
    expect(byEdit).toMatch(/USING INDEX briefings_in_edit_order/);
    // The counts under a range of dates read an index alone.
    const range = { eventFrom: '2025-01-01', eventTo: '2025-03-31' };
    expect(plan('SELECT b.status, count(*) FROM briefings b WHERE b.trashed_at IS NULL AND b.event_date >= @eventFrom AND b.event_date <= @eventTo GROUP BY b.status', range)).toMatch(
      /USING COVERING INDEX/,
    );
    const byTitle = plan(`SELECT ${columns} FROM briefings b WHERE b.trashed_at IS NULL AND b.status = @status ORDER BY b.title COLLATE NOCASE ASC, b.updated_at DESC LIMIT 50`, {
      status: 'draft',
    });
    expect(byTitle).toMatch(/USING INDEX briefings_in_title_order/);
    expect(byTitle).not.toMatch(/TEMP B-TREE/);
    database.close();
  });
});
