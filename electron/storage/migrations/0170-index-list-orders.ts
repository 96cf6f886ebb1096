import type { Migration } from './migration';

/**
 * The library lists briefings by the last edit, by event date or by title,
 * under filters (language, status, template, a range of event dates). Only
 * the last edit had an index in its order, without the filtered columns:
 * the other orders read every briefing the filters left, each a lookup in
 * the table whose rows spread over a page each by their bodies, and sorted
 * them all for the first 50 (about 100 ms at 10,000 briefings, 1.5 s at
 * 100,000). These indexes hold the briefings in each of the three orders
 * (the expressions exactly as `library-search.ts` orders by them) with the
 * filtered columns after, so SQLite walks the index in order, checks the
 * filters in it, and reads the table only for the briefings it shows. The
 * index on the event date gains the status and the other filters, so the
 * counts per status under a range of dates read it alone.
 */
export const indexListOrders: Migration = {
  version: 170,
  name: 'index list orders',
  up(database) {
    database.exec(`
      DROP INDEX briefings_by_trash_and_edit;
      CREATE INDEX briefings_in_edit_order ON briefings (trashed_at, updated_at, language, status, template_id, event_date);
      CREATE INDEX briefings_in_event_order ON briefings
        (trashed_at, event_date IS NULL, event_date DESC, updated_at DESC, language, status, template_id);
      CREATE INDEX briefings_in_title_order ON briefings
        (trashed_at, title COLLATE NOCASE, updated_at DESC, language, status, template_id, event_date);
      DROP INDEX briefings_by_event_date;
      CREATE INDEX briefings_by_event_date ON briefings (trashed_at, event_date, status, template_id, language, updated_at);
    `);
  },
};
