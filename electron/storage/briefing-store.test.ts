import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/document/briefing';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { BriefingStore } from './briefing-store';
import { openLibraryDatabase } from './library-database';

const azerbaijani = 'Əliyev ş ğ ı İ';
const cyrillic = 'Москва';

const content = templateContent;


/** A clock that moves one minute on every reading, so every write has its own timestamp. */
function steppingClock(start = '2025-11-21T09:00:00.000Z'): () => Date {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += 60_000;
    return now;
  };
}

function withBody(body: BriefingBody, text: string): BriefingBody {
  const copy = structuredClone(body);
  const lede = copy[0];
  if (!lede) throw new Error('no lede section');
  lede.children = [{ type: 'paragraph', children: [{ text }] }];
  return copy;
}

describe('BriefingStore', () => {
  const folder = testLibraryFolder();
  const opened: Database.Database[] = [];
  afterEach(() => {
    for (const database of opened.splice(0)) database.close();
  });

  function store(clock = steppingClock()): BriefingStore {
    const database = openLibraryDatabase(folder.path());
    opened.push(database);
    return new BriefingStore(database, clock);
  }

  it('creates a draft at revision 1 with the time of the clock', () => {
    const briefings = store(() => new Date('2025-11-21T09:30:00+04:00'));
    const created = briefings.create(content());
    expect(created).toMatchObject({ status: 'draft', revision: 1, createdAt: '2025-11-21T05:30:00.000Z', updatedAt: '2025-11-21T05:30:00.000Z' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(briefings.get(created.id)).toEqual(created);
  });

  it('gives back Azerbaijani and Cyrillic text exactly as saved, in every part', () => {
    const briefings = store();
    const created = briefings.create(content());
    const participants: Participant[] = [
      { id: 'p1', name: `Ali ${azerbaijani}`, title: 'Baş nazir', organisation: 'Nazirlər Kabineti', side: 'host', role: 'Host' },
      { id: 'p2', name: 'Иван Петров', title: 'Посол', organisation: cyrillic, side: 'guest', role: '' },
    ];
    const saved = briefings.save({
      id: created.id,
      baseRevision: 1,
      title: `Görüş — ${cyrillic}`,
      language: 'az',
      fields: { ...created.fields, location: `Bakı, ${cyrillic}`, meetingDate: '2025-11-21' },
      participants,
      body: withBody(created.body, `${azerbaijani} — ${cyrillic}`),
    });
    expect(saved).toMatchObject({ id: created.id, revision: 2 });

    const briefing = briefings.get(created.id);
    expect(briefing).toMatchObject({ title: `Görüş — ${cyrillic}`, language: 'az', revision: 2, updatedAt: saved.updatedAt, createdAt: created.createdAt });
    expect(briefing.fields.location).toBe(`Bakı, ${cyrillic}`);
    expect(briefing.participants).toEqual(participants);
    expect(briefing.body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: `${azerbaijani} — ${cyrillic}` }] }]);
    expect(briefings.list()).toEqual([
      {
        id: created.id,
        templateId: 'meeting-readout',
        templateName: 'Meeting readout',
        title: `Görüş — ${cyrillic}`,
        language: 'az',
        status: 'draft',
        eventDate: '2025-11-21',
        embargoUntil: null,
        updatedAt: saved.updatedAt,
        revision: 2,
      },
    ]);
  });

  it('refuses a save based on an old revision and keeps what the other window saved', () => {
    const briefings = store();
    const created = briefings.create(content());
    briefings.save({ id: created.id, baseRevision: 1, title: 'First window', body: withBody(created.body, 'Saved by the first window') });

    const conflict = thrownBy(() =>
      briefings.save({ id: created.id, baseRevision: 1, title: 'Second window', body: withBody(created.body, 'Stale text') }),
    );
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toBe('This briefing was changed in another window since you opened it.');
    const stored = briefings.get(created.id);
    expect(stored).toMatchObject({ title: 'First window', revision: 2 });
    expect(stored.body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'Saved by the first window' }] }]);
  });

  it('refuses a body that refers to a field its template lacks, such as "toString", and keeps what was saved', () => {
    const briefings = store();
    const created = briefings.create(content());
    const body = structuredClone(created.body);
    body[0]?.children.splice(0, 1, { type: 'paragraph', children: [{ text: 'On ' }, { type: 'field-ref', fieldId: 'toString', children: [{ text: '' }] }, { text: '' }] });
    const refused = thrownBy(() => briefings.save({ id: created.id, baseRevision: 1, body }));
    expect(refused).toMatchObject({ code: 'invalid-argument', message: 'The text refers to a field “toString” that the template of this briefing does not have.' });
    expect(briefings.get(created.id)).toMatchObject({ revision: 1, body: created.body });
  });

  it('changes only the parts a save names, and keeps the event date unless the fields change', () => {
    const briefings = store();
    const created = briefings.create(content());
    briefings.save({ id: created.id, baseRevision: 1, fields: { ...created.fields, meetingDate: '2025-11-21' } });
    briefings.save({ id: created.id, baseRevision: 2, title: 'New title' });
    const briefing = briefings.get(created.id);
    expect(briefing.body).toEqual(created.body);
    expect(briefing.participants).toEqual([]);
    expect(briefing.fields.meetingDate).toBe('2025-11-21');
    expect(briefings.list()[0]).toMatchObject({ title: 'New title', eventDate: '2025-11-21', revision: 3 });

    briefings.save({ id: created.id, baseRevision: 3, fields: { ...created.fields, meetingDate: null } });
    expect(briefings.list()[0]?.eventDate).toBeNull();
  });

  it('lists the most recently edited briefing first, and names an unknown template by its id', () => {
    const briefings = store();
    const older = briefings.create(content());
    const blank = briefings.create(content('blank'));
    const custom = briefings.create({ ...content('blank'), templateId: 'my-own-template', title: 'Custom' });
    briefings.save({ id: older.id, baseRevision: 1, title: 'Edited last' });
    expect(briefings.list().map((summary) => [summary.title, summary.templateName])).toEqual([
      ['Edited last', 'Meeting readout'],
      ['Custom', 'my-own-template'],
      [blank.title, findBuiltInTemplate('blank')?.name],
    ]);
    expect(custom.templateId).toBe('my-own-template');
  });

  it('hides a briefing in the Trash from the library, opening and saving, but shows it in the Trash', () => {
    const briefings = store();
    const kept = briefings.create(content());
    const trashed = briefings.create(content());
    briefings.moveToTrash(trashed.id);
    expect(briefings.list().map((summary) => summary.id)).toEqual([kept.id]);
    expect(briefings.list({ trashed: true }).map((summary) => summary.id)).toEqual([trashed.id]);
    expect(thrownBy(() => briefings.get(trashed.id))).toMatchObject({ code: 'not-found', message: `No briefing with id ${trashed.id}.` });
    expect(thrownBy(() => briefings.save({ id: trashed.id, baseRevision: 1, title: 'x' })).code).toBe('not-found');
    expect(thrownBy(() => briefings.moveToTrash(trashed.id)).code).toBe('not-found');
    expect(briefings.count()).toBe(2);
  });

  it('answers not-found for an id it never had', () => {
    const briefings = store();
    const id = crypto.randomUUID();
    expect(thrownBy(() => briefings.get(id))).toMatchObject({ code: 'not-found', message: `No briefing with id ${id}.` });
  });

  it('reports a damaged row as damaged instead of handing on bad data', () => {
    const briefings = store();
    const broken = briefings.create({ ...content(), title: 'Broken one' });
    const unreadable = briefings.create({ ...content(), title: 'Unreadable one' });
    const database = opened[0];
    // A body as rows before migration 0200 keep it, as JSON text.
    database?.prepare(`UPDATE briefings SET body_json = '[{"type":"section"}]', body_packed = NULL WHERE id = ?`).run(broken.id);
    database?.prepare(`UPDATE briefings SET participants_json = '[{' WHERE id = ?`).run(unreadable.id);
    expect(thrownBy(() => briefings.get(broken.id))).toMatchObject({
      code: 'storage',
      message: 'The briefing “Broken one” is damaged in the library (its text cannot be read), so it cannot be opened.',
    });
    expect(thrownBy(() => briefings.get(unreadable.id)).message).toMatch(/“Unreadable one” is damaged .*participants/u);
    expect(briefings.list()).toHaveLength(2);
  });

  it('says the disk is full when a save does not fit, and keeps the stored text', () => {
    const briefings = store();
    const created = briefings.create(content());
    briefings.save({ id: created.id, baseRevision: 1, body: withBody(created.body, 'Short text that fits') });
    // SQLite reports a database that reaches max_page_count exactly as it reports a full disk.
    const database = opened[0];
    const pages = database?.pragma('page_count', { simple: true }) as number;
    database?.pragma(`max_page_count = ${pages}`);
    const error = thrownBy(() => briefings.save({ id: created.id, baseRevision: 2, body: withBody(created.body, 'ə'.repeat(200_000)) }));
    expect(error).toMatchObject({
      code: 'storage',
      message: 'The disk is full: the briefing could not be saved. Free some space; your text is still on screen.',
    });
    expect(briefings.get(created.id)).toMatchObject({ revision: 2 });
    expect(briefings.get(created.id).body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'Short text that fits' }] }]);
  });

  it('says the library is busy when another program holds the write lock past the timeout', () => {
    const briefings = store();
    const created = briefings.create(content());
    const impatient = new Database(folder.path(), { timeout: 0 });
    const other = new Database(folder.path());
    opened.push(impatient, other);
    other.prepare('BEGIN IMMEDIATE').run();
    const error = thrownBy(() => new BriefingStore(impatient).save({ id: created.id, baseRevision: 1, title: 'Blocked' }));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/^The library is busy in another window or program/);
    other.prepare('ROLLBACK').run();
    expect(briefings.get(created.id)).toMatchObject({ revision: 1, title: created.title });
  });

  it('says the library is read-only when it cannot write', () => {
    const briefings = store();
    const created = briefings.create(content());
    const readOnly = new Database(folder.path(), { readonly: true });
    opened.push(readOnly);
    const error = thrownBy(() => new BriefingStore(readOnly).save({ id: created.id, baseRevision: 1, title: 'Nope' }));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/read-only/);
    expect(briefings.get(created.id).revision).toBe(1);
  });
});
