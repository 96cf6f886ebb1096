import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../../tests/support/library-folder';
import { templateContent } from '../../../tests/support/service-errors';
import { openLibrary, type Library } from '../library';
import { migrate } from '../migrate';

describe('migration 0190: count briefings by status', () => {
  const folder = testLibraryFolder();
  let library: Library | undefined;
  afterEach(() => library?.close());

  /** The counts as a GROUP BY over every briefing finds them, in the shape the kept table has. */
  const counted = (database: Database.Database) =>
    database
      .prepare(`SELECT trashed_at IS NOT NULL AS trashed, status, count(*) AS count FROM briefings GROUP BY 1, 2 ORDER BY 1, 2`)
      .all();
  const kept = (database: Database.Database) => database.prepare('SELECT trashed, status, count FROM briefing_status_counts WHERE count > 0 ORDER BY 1, 2').all();

  it('counts the briefings already there, and keeps the counts through every write', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 180 });
    const insert = database.prepare(
      `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
         event_date, created_at, updated_at, revision, trashed_at) VALUES (?, 'meeting-readout', 't', 'en', ?, '{}', '[]', '[]', NULL, 'then', 'then', 1, ?)`,
    );
    insert.run('a', 'draft', null);
    insert.run('b', 'draft', null);
    insert.run('c', 'approved', null);
    // In the Trash since now, so opening the library does not empty it.
    insert.run('d', 'draft', new Date().toISOString());
    migrate(database);
    expect(kept(database)).toEqual([
      { trashed: 0, status: 'approved', count: 1 },
      { trashed: 0, status: 'draft', count: 2 },
      { trashed: 1, status: 'draft', count: 1 },
    ]);
    database.close();

    library = openLibrary(folder.path());
    const { briefings, search } = library;
    const check = () => {
      expect(kept(library!.database)).toEqual(counted(library!.database).filter((row) => (row as { count: number }).count > 0));
      // What the list shows without filters is what counting every briefing shows.
      for (const trashed of [false, true]) {
        const shown = search.search({ trashed }).statusCounts;
        const inTemplate = search.search({ trashed, templateId: 'meeting-readout' }).statusCounts;
        expect(shown).toEqual(inTemplate);
      }
    };
    check();
    const created = briefings.create({ ...templateContent(), title: 'New' });
    check();
    const inReview = briefings.changeStatus({ id: created.id, baseRevision: created.revision, status: 'in-review' }, 'Test');
    check();
    briefings.save({ id: created.id, baseRevision: inReview.revision, title: 'Renamed' });
    check();
    briefings.moveToTrash(created.id);
    check();
    expect(search.search({ trashed: true }).statusCounts).toEqual({ draft: 1, 'in-review': 1, approved: 0, released: 0 });
    briefings.restoreFromTrash(created.id);
    check();
    briefings.duplicate(created.id);
    check();
    // The team replica writes the server's state with an upsert, whose conflict handling reaches into the triggers.
    library.database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, created_at, updated_at, revision)
         VALUES (?, 'meeting-readout', 't', 'en', 'approved', '{}', '[]', '[]', 'then', 'then', 9)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, revision = excluded.revision`,
      )
      .run(created.id);
    check();
    expect(search.search({}).statusCounts.approved).toBe(2);
    briefings.moveToTrash(created.id);
    briefings.deleteForever(created.id);
    check();
    expect(search.search({}).statusCounts).toEqual({ draft: 3, 'in-review': 0, approved: 1, released: 0 });
    expect(search.search({}).total).toBe(4);
  });
});
