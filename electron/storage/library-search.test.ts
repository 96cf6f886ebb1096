import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/document/briefing';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { openLibrary, type Library } from './library';

function participant(name: string, organisation: string): Participant {
  return { id: name, name, title: '', organisation, side: 'host', role: '' };
}

const marked = (hit: { snippet?: { parts: { text: string; match: boolean }[] } } | undefined) =>
  hit?.snippet?.parts.filter((part) => part.match).map((part) => part.text);

describe('LibrarySearch', () => {
  const folder = testLibraryFolder();
  let library: Library;
  afterEach(() => library.close());

  /** Three briefings in three languages, edited a minute apart. */
  function seed() {
    let time = Date.parse('2026-11-20T09:00:00Z');
    library = openLibrary(folder.path(), { clock: () => new Date((time += 60_000)) });
    const add = (title: string, language: string, lede: string, date: string, people: Participant[]) => {
      const created = library.briefings.create({ ...templateContent(), title, language });
      const body = structuredClone(created.body);
      body[0]!.children = [{ type: 'paragraph', children: [{ text: lede }] }];
      library.briefings.save({ id: created.id, baseRevision: 1, body, participants: people, fields: { ...created.fields, meetingDate: date } });
      return created.id;
    };
    return {
      az: add('Görüş', 'az', 'Prezident İlham Əliyev Bakıda ITU-nun Baş katibini qəbul edib.', '2025-11-21', [
        participant('İlham Əliyev', 'Azərbaycan Respublikası'),
      ]),
      ru: add('Встреча в Москве', 'ru', 'Москва, 2 октября. Стороны обсудили ёмкость сетей связи.', '2025-10-02', [participant('Иван Петров', 'Минцифры')]),
      en: add('Readout: ITU', 'en', 'The Prime Minister met the Secretary-General of the ITU in Geneva.', '2025-12-01', [
        participant('Doreen Bogdan-Martin', 'International Telecommunication Union'),
      ]),
    };
  }

  it('finds Azerbaijani and Russian words by what a person types, and marks them as written', () => {
    const ids = seed();
    for (const typed of ['Əliyev', 'eliyev', 'ƏLİYEV', 'aliyev'.replace('a', 'e')]) {
      expect(library.search.search({ text: typed }).hits.map((hit) => hit.id), typed).toEqual([ids.az]);
    }
    const bakı = library.search.search({ text: 'baki' });
    expect(bakı.hits.map((hit) => hit.id)).toEqual([ids.az]);
    expect(marked(bakı.hits[0])).toEqual(['Bakıda']);
    expect(marked(library.search.search({ text: 'ilham' }).hits[0])).toContain('İlham');
    expect(library.search.search({ text: 'МОСКВА' }).hits.map((hit) => hit.id)).toEqual([ids.ru]);
    // The title says "в Москве": the stem, as typed so far, finds both forms.
    expect(marked(library.search.search({ text: 'москв' }).hits[0])).toEqual(['Москва']);
    // ё and е are one letter for search, both ways.
    expect(marked(library.search.search({ text: 'емкость' }).hits[0])).toEqual(['ёмкость']);
  });

  it('needs the folding: unicode61 alone does not take "e" for "ə"', () => {
    seed();
    const raw = library.database.prepare(`SELECT count(*) AS n FROM (SELECT 'x') WHERE 'Əliyev' LIKE 'eliyev'`).get() as { n: number };
    expect(raw.n).toBe(0);
    library.database.exec(`CREATE VIRTUAL TABLE plain USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2'); INSERT INTO plain VALUES ('Əliyev Bakı');`);
    expect(library.database.prepare(`SELECT count(*) AS n FROM plain WHERE plain MATCH 'eliyev'`).get()).toEqual({ n: 0 });
    expect(library.database.prepare(`SELECT count(*) AS n FROM plain WHERE plain MATCH 'baki'`).get()).toEqual({ n: 0 });
  });

  it('finds while a word is being typed, needs every word, and ignores FTS syntax in what was typed', () => {
    const ids = seed();
    expect(library.search.search({ text: 'Bak' }).hits.map((hit) => hit.id)).toEqual([ids.az]);
    expect(library.search.search({ text: 'ITU Geneva' }).hits.map((hit) => hit.id)).toEqual([ids.en]);
    expect(library.search.search({ text: 'ITU' }).total).toBe(2);
    expect(library.search.search({ text: '"ITU" OR NEAR(' }).total).toBe(0);
    expect(library.search.search({ text: '*' }).total).toBe(3);
  });

  it('filters by template, status, language, meeting dates and organisation, and sorts', () => {
    const ids = seed();
    const idsOf = (query: Parameters<Library['search']['search']>[0]) => library.search.search(query).hits.map((hit) => hit.id);
    expect(idsOf({ language: 'ru' })).toEqual([ids.ru]);
    expect(idsOf({ status: 'approved' })).toEqual([]);
    expect(idsOf({ templateId: 'meeting-readout' })).toHaveLength(3);
    expect(idsOf({ eventFrom: '2025-11-01', eventTo: '2025-11-30' })).toEqual([ids.az]);
    expect(idsOf({ organisation: 'azerbaycan' })).toEqual([ids.az]);
    expect(idsOf({ organisation: 'Telecommunication' })).toEqual([ids.en]);
    expect(idsOf({ sort: 'edited' })).toEqual([ids.en, ids.ru, ids.az]);
    expect(idsOf({ sort: 'event-date' })).toEqual([ids.en, ids.az, ids.ru]);
    expect(idsOf({ sort: 'title' })).toEqual([ids.az, ids.en, ids.ru]);
    expect(library.search.organisations()).toEqual(['Azərbaycan Respublikası', 'International Telecommunication Union', 'Минцифры']);
  });

  it('keeps the index in step with every save, trash, restore and delete', () => {
    const ids = seed();
    library.briefings.moveToTrash(ids.az);
    expect(library.search.search({ text: 'baki' }).total).toBe(0);
    expect(library.search.search({ text: 'baki', trashed: true }).hits.map((hit) => [hit.id, typeof hit.trashedAt])).toEqual([[ids.az, 'string']]);
    library.briefings.restoreFromTrash(ids.az);
    expect(library.search.search({ text: 'baki' }).total).toBe(1);
    // A refused save (stale revision) changes neither the briefing nor the index.
    expect(thrownBy(() => library.briefings.save({ id: ids.az, baseRevision: 1, title: 'Gəncə' })).code).toBe('conflict');
    expect(library.search.search({ text: 'gence' }).total).toBe(0);
    library.briefings.save({ id: ids.az, baseRevision: 2, title: 'Gəncə' });
    expect(library.search.search({ text: 'gence' }).total).toBe(1);
    library.briefings.moveToTrash(ids.az);
    library.briefings.deleteForever(ids.az);
    expect(library.search.search({ text: 'gence', trashed: true }).total).toBe(0);
    expect(library.database.prepare('SELECT count(*) AS n FROM briefing_search').get()).toEqual({ n: 2 });
  });
  it('counts each status under the other filters and the words, so a count is what choosing that status shows', () => {
    const ids = seed();
    library.briefings.changeStatus({ id: ids.az, baseRevision: 2, status: 'in-review' }, '');
    const enReview = library.briefings.changeStatus({ id: ids.en, baseRevision: 2, status: 'in-review' }, '');
    library.briefings.changeStatus({ id: ids.en, baseRevision: enReview.revision, status: 'approved' }, '');

    expect(library.search.search({})).toMatchObject({ total: 3, statusCounts: { draft: 1, 'in-review': 1, approved: 1, released: 0 } });
    // Choosing a status narrows the hits, not the counts: the other statuses still say what they hold.
    const inReview = library.search.search({ status: 'in-review' });
    expect(inReview.hits.map((hit) => hit.id)).toEqual([ids.az]);
    expect(inReview).toMatchObject({ total: 1, statusCounts: { draft: 1, 'in-review': 1, approved: 1, released: 0 } });
    // The words and the other filters narrow the counts.
    expect(library.search.search({ text: 'ITU' }).statusCounts).toEqual({ draft: 0, 'in-review': 1, approved: 1, released: 0 });
    expect(library.search.search({ language: 'ru' }).statusCounts).toEqual({ draft: 1, 'in-review': 0, approved: 0, released: 0 });
    const none = library.search.search({ text: 'ITU', status: 'draft' });
    expect(none).toMatchObject({ total: 0, hits: [], statusCounts: { draft: 0, 'in-review': 1, approved: 1 } });
    // Every count equals what choosing its status lists.
    for (const text of [undefined, 'ITU', 'baki']) {
      const { statusCounts } = library.search.search({ text });
      for (const [status, count] of Object.entries(statusCounts)) {
        expect(library.search.search({ text, status: status as keyof typeof statusCounts }).hits, `${text} ${status}`).toHaveLength(count);
      }
    }
    // The Trash counts its own.
    library.briefings.moveToTrash(ids.ru);
    expect(library.search.search({}).statusCounts.draft).toBe(0);
    expect(library.search.search({ trashed: true }).statusCounts).toEqual({ draft: 1, 'in-review': 0, approved: 0, released: 0 });
    // Words, the organisation and the Trash together.
    library.briefings.moveToTrash(ids.az);
    expect(library.search.search({ text: 'ITU' }).statusCounts).toEqual({ draft: 0, 'in-review': 0, approved: 1, released: 0 });
    expect(library.search.search({ text: 'ITU', trashed: true }).statusCounts).toEqual({ draft: 0, 'in-review': 1, approved: 0, released: 0 });
    expect(library.search.search({ text: 'ITU', organisation: 'telecommunication', language: 'en' })).toMatchObject({ total: 1, statusCounts: { approved: 1 } });
    expect(library.search.search({ text: 'ITU', organisation: 'telecommunication', language: 'az', trashed: true }).total).toBe(0);
  });

  it('lists under the organisation filter alone in the list\'s own order, not by relevance, walking the order\'s index', () => {
    let time = Date.parse('2026-11-20T09:00:00Z');
    library = openLibrary(folder.path(), { clock: () => new Date((time += 60_000)) });
    const add = (title: string, organisations: string[]) => {
      const created = library.briefings.create({ ...templateContent(), title, language: 'en' });
      library.briefings.save({ id: created.id, baseRevision: 1, participants: organisations.map((organisation, index) => participant(`P${index}`, organisation)) });
      return created.id;
    };
    // Relevance would put the briefing that names the union alone first (the shortest organisations column): it is
    // the one edited first, and its title sorts last.
    const alone = add('Zeta', ['International Telecommunication Union']);
    const among = add('Beta', ['Ministry of Digital Development', 'Ministry of Foreign Affairs', 'Office of the President', 'Telecommunication Union']);
    const elsewhere = add('Alpha', ['Ministry of Foreign Affairs']);
    const last = add('Gamma', ['UN', 'OSCE', 'Council of Europe', 'European Commission', 'Telecommunication Regulatory Board']);
    const ranked = library.search.search({ text: 'telecommunication' }).hits.map((hit) => hit.id);
    expect(ranked[0]).toBe(alone);
    const listed = (query: Parameters<typeof library.search.search>[0]) => library.search.search({ organisation: 'telecommunication', ...query }).hits.map((hit) => hit.id);
    // Last edited first, as the list without words, and as the window shows it (its sort menu has no relevance then).
    expect(listed({})).toEqual([last, among, alone]);
    expect(listed({ sort: 'relevance' })).toEqual([last, among, alone]);
    expect(listed({ sort: 'title' })).toEqual([among, last, alone]);
    expect(listed({ limit: 1 })).toEqual([last]);
    expect(library.search.search({ organisation: 'telecommunication', limit: 1 })).toMatchObject({ total: 3, statusCounts: { draft: 3 } });
    expect(listed({})).not.toContain(elsewhere);
    // With words too, another order than relevance is the same order.
    expect(library.search.search({ text: 'telecommunication', sort: 'title' }).hits.map((hit) => hit.id)).toEqual([among, last, alone]);
    // The hits are read walking the index of the order, each checked against the set of matches: no sort of every match.
    const plans: string[] = [];
    const prepare = library.database.prepare.bind(library.database);
    library.database.prepare = ((sql: string) => {
      if (sql.includes('LIMIT @limit')) plans.push(prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ match: 'organisations : ("telecommunication"*)', limit: 50 }).map((step) => (step as { detail: string }).detail).join('\n'));
      return prepare(sql);
    });
    listed({});
    listed({ sort: 'title' });
    library.database.prepare = prepare;
    expect(plans[0]).toMatch(/USING INDEX briefings_in_edit_order/);
    expect(plans[1]).toMatch(/USING INDEX briefings_in_title_order/);
    for (const plan of plans) {
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      expect(plan).not.toMatch(/SCAN briefing_search VIRTUAL TABLE INDEX 32/);
    }
  });

  it('counts with one GROUP BY, not a query per status, and counts past the page limit', () => {
    seed();
    const statements: string[] = [];
    const prepare = library.database.prepare.bind(library.database);
    library.database.prepare = ((sql: string) => {
      statements.push(sql);
      return prepare(sql);
    });
    const result = library.search.search({ limit: 1, eventFrom: '2025-01-01' });
    expect(result.hits).toHaveLength(1);
    expect(result).toMatchObject({ total: 3, statusCounts: { draft: 3 } });
    expect(statements.filter((sql) => /count\(/iu.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /GROUP BY b\.status/u.test(sql))).toHaveLength(1);
    // Without filters the counts kept by triggers are read (migration 0190): nothing is counted.
    statements.length = 0;
    expect(library.search.search({ limit: 1 })).toMatchObject({ total: 3, statusCounts: { draft: 3 } });
    expect(statements.filter((sql) => /count\(/iu.test(sql))).toHaveLength(0);
  });

  it('counts a search once for its pages and status tabs, and again as soon as the library changes, whoever changes it', () => {
    const ids = seed();
    const counted: string[] = [];
    const prepare = library.database.prepare.bind(library.database);
    library.database.prepare = ((sql: string) => {
      if (/GROUP BY b\.status/u.test(sql)) counted.push(sql);
      return prepare(sql);
    });
    const counts = (query: Parameters<typeof library.search.search>[0]) => library.search.search(query).statusCounts;
    expect(counts({ text: 'ITU', limit: 1 })).toEqual({ draft: 2, 'in-review': 0, approved: 0, released: 0 });
    // The next page, another order, a status tab, the same search again: the counts are those already taken.
    expect(library.search.search({ text: 'ITU', limit: 2 })).toMatchObject({ total: 2, statusCounts: { draft: 2 } });
    expect(library.search.search({ text: 'ITU', sort: 'title' }).hits).toHaveLength(2);
    expect(library.search.search({ text: 'ITU', status: 'approved' })).toMatchObject({ total: 0, hits: [], statusCounts: { draft: 2 } });
    expect(counted).toHaveLength(1);
    // Other words, filters or the Trash count their own.
    expect(counts({ text: 'ITU', language: 'en' })).toMatchObject({ draft: 1 });
    expect(counts({ text: 'ITU', trashed: true })).toMatchObject({ draft: 0 });
    expect(counted).toHaveLength(3);
    // A change through this connection counts again.
    library.briefings.changeStatus({ id: ids.en, baseRevision: 2, status: 'in-review' }, '');
    expect(counts({ text: 'ITU' })).toEqual({ draft: 1, 'in-review': 1, approved: 0, released: 0 });
    expect(counted).toHaveLength(4);
    // So does a change another process commits (another connection to the file).
    const other = new Database(folder.path());
    other.prepare(`UPDATE briefings SET status = 'approved' WHERE id = ?`).run(ids.en);
    other.close();
    expect(counts({ text: 'ITU' })).toEqual({ draft: 1, 'in-review': 0, approved: 1, released: 0 });
    // Counts read inside a transaction that is then rolled back are not kept for the library as it stays.
    try {
      library.database.transaction(() => {
        library.database.prepare(`UPDATE briefings SET status = 'released' WHERE id = ?`).run(ids.az);
        expect(counts({ text: 'ITU', language: 'az' })).toMatchObject({ draft: 0, released: 1 });
        throw new Error('rolled back');
      })();
    } catch {
      // rolled back
    }
    expect(counts({ text: 'ITU', language: 'az' })).toMatchObject({ draft: 1, released: 0 });
    library.database.prepare = prepare;
  });

  it('carries the embargo of an embargoed briefing in its summary, and none otherwise', () => {
    const ids = seed();
    const fields = library.briefings.get(ids.az).fields;
    library.briefings.save({ id: ids.az, baseRevision: 2, fields: { ...fields, releaseLine: 'embargoed', embargoUntil: '2027-03-01T10:00' } });
    // A time left behind after switching back to immediate release is no embargo.
    library.briefings.save({ id: ids.ru, baseRevision: 2, fields: { ...library.briefings.get(ids.ru).fields, releaseLine: 'immediate', embargoUntil: '2027-03-01T10:00' } });
    const embargoes = (hits: { id: string; embargoUntil: string | null }[]) => Object.fromEntries(hits.map((hit) => [hit.id, hit.embargoUntil]));
    const expected = { [ids.az]: '2027-03-01T10:00', [ids.ru]: null, [ids.en]: null };
    expect(embargoes(library.search.search({}).hits)).toEqual(expected);
    expect(embargoes(library.search.search({ text: 'baki' }).hits)).toEqual({ [ids.az]: '2027-03-01T10:00' });
    expect(embargoes(library.briefings.list())).toEqual(expected);
    // A damaged fields column costs that row its embargo, not the library its list.
    library.database.prepare(`UPDATE briefings SET fields_json = '{not json' WHERE id = ?`).run(ids.az);
    expect(embargoes(library.search.search({}).hits)[ids.az]).toBeNull();
  });

  it('finds Azerbaijani names by their English transliterations and Arabic words in any alef form', () => {
    const ids = seed();
    const created = library.briefings.create({ ...templateContent(), title: 'لقاء', language: 'ar' });
    const body = structuredClone(created.body);
    body[0]!.children = [{ type: 'paragraph', children: [{ text: 'استقبل وزير الخارجية السفير في أبوظبي لبحث العلاقات الثنائية.' }] }];
    library.briefings.save({ id: created.id, baseRevision: 1, body });
    library.briefings.save({ id: ids.az, baseRevision: 2, participants: [participant('Əli Əsədov', 'Azərbaycan Respublikası')] });
    expect(library.search.search({ text: 'asadov' }).hits.map((hit) => hit.id)).toEqual([ids.az]);
    expect(library.search.search({ text: 'Ali Esedov' }).hits.map((hit) => hit.id)).toEqual([ids.az]);
    expect(library.search.search({ text: 'aliyev' }).hits.map((hit) => hit.id)).toEqual([ids.az]);
    expect(marked(library.search.search({ text: 'aliyev' }).hits[0])).toEqual(['Əliyev']);
    expect(library.search.search({ text: 'ابوظبي' }).hits.map((hit) => hit.id)).toEqual([created.id]);
    expect(marked(library.search.search({ text: 'ابوظبي' }).hits[0])).toEqual(['أبوظبي']);
    expect(library.search.search({ text: 'الثنائيه' }).hits.map((hit) => hit.id)).toEqual([created.id]);
  });

  it('reads field references as their values in the index and the snippet, and leaves empty sections out of it', () => {
    library = openLibrary(folder.path());
    const created = library.briefings.create({ ...templateContent(), title: 'Readout', language: 'en' });
    const body = structuredClone(created.body);
    body[0]!.children = [
      {
        type: 'paragraph',
        children: [
          { text: 'On ' },
          { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] },
          { text: ', the Minister met colleagues in ' },
          { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] },
          { text: '.' },
        ],
      },
    ];
    const lastSection = body.at(-1)!;
    lastSection.children = [{ type: 'paragraph', children: [{ text: 'The sides agreed to meet again.' }] }];
    library.briefings.save({ id: created.id, baseRevision: 1, body, fields: { ...created.fields, meetingDate: '2025-11-21', location: 'Tbilisi' } });
    const text = (query: string) => library.search.search({ text: query }).hits[0]?.snippet?.parts.map((part) => part.text).join('');
    expect(text('minister')).toMatch(/^On (November 21, 2025|21 November 2025), the Minister met colleagues in Tbilisi\. Follow-up The sides agreed/u);
    expect(text('minister')).not.toMatch(/Occasion|Topics discussed/u);
    expect(marked(library.search.search({ text: 'tbilisi' }).hits[0])).toEqual(['Tbilisi']);
    // A date in the body is searched as the reader sees it.
    expect(marked(library.search.search({ text: 'novem' }).hits[0])).toEqual(['November']);
  });
});
