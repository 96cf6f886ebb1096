import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { newPicture } from '../../shared/document/picture-normalization';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { pngWithText } from '../../tests/support/test-images';
import { keepPicture } from '../services/picture-service';
import { recentBriefingLanguages } from './briefing-languages';
import { packedBodyLimit } from './body-codec';
import { ImageStore } from './image-store';
import { openLibrary, type Library } from './library';
import { migrate, schemaVersion } from './migrate';
import { writeSearchDocument } from './search-index';
import { TeamReplica } from './team/team-replica';

/** A readout body of some length, with a passage in Russian. */
function readout(words: string): BriefingBody {
  const body = templateContent().body;
  body[0]!.children = [
    { type: 'paragraph', children: [{ text: `The sides discussed ${words}. `.repeat(40) }] },
    { type: 'paragraph', children: [{ text: 'Quoted: ' }, { text: 'стороны обсудили сотрудничество', lang: 'ru' }] },
  ];
  return body;
}

interface StoredRow {
  body_json: string;
  body_packed: Buffer | null;
}

describe('bodies stored packed (migration 0200)', () => {
  const folder = testLibraryFolder();
  let library: Library | undefined;
  afterEach(() => library?.close());
  let now = new Date('2026-03-02T09:00:00Z');
  const clock = () => now;

  const stored = (table: 'briefings' | 'revisions', where: string, ...params: unknown[]) =>
    library!.database.prepare<unknown[], StoredRow>(`SELECT body_json, body_packed FROM ${table} WHERE ${where}`).all(...params);

  it('keeps a body in a fraction of its JSON, and every reader gets it back: open, search snippets, languages, History, restore', () => {
    library = openLibrary(folder.path(), { clock });
    const { briefings, revisions, search } = library;
    const first = readout('the roadmap of the digital economy');
    const created = briefings.create({ ...templateContent(), title: 'Packed readout', body: first });
    const [row] = stored('briefings', 'id = ?', created.id);
    expect(row?.body_json).toBe('');
    expect(row?.body_packed?.[0]).toBe(1);
    expect(row!.body_packed!.length).toBeLessThan(JSON.stringify(first).length / 5);
    expect(briefings.get(created.id).body).toEqual(first);

    expect(search.search({ text: 'roadmap' }).hits[0]?.snippet?.parts.map((part) => part.text).join('')).toContain('the digital economy');
    expect(recentBriefingLanguages(library.database)).toEqual(['en', 'ru']);

    const recorded = revisions.record(created.id, { reason: 'manual', label: 'First' });
    now = new Date(now.getTime() + 60_000);
    const second = readout('transport corridors');
    briefings.save({ id: created.id, baseRevision: created.revision, body: second });
    expect(briefings.get(created.id).body).toEqual(second);
    expect(stored('revisions', 'briefing_id = ?', created.id).every((revision) => revision.body_json === '' && revision.body_packed?.[0] === 1)).toBe(true);
    expect(revisions.get(recorded.id).body).toEqual(first);
    expect(search.search({ text: 'roadmap' }).total).toBe(0);

    const restored = briefings.restoreRevision(recorded.id);
    expect(restored.briefing.body).toEqual(first);
    expect(briefings.get(created.id).body).toEqual(first);
    expect(search.search({ text: 'roadmap' }).hits.map((hit) => hit.id)).toEqual([created.id]);
    expect(briefings.duplicate(created.id).body).toEqual(first);
  });

  it('keeps a body longer than the limit (about ten pages) as JSON text, as before, and reads it back', () => {
    library = openLibrary(folder.path(), { clock });
    const long = readout('the long report');
    long[1]!.children = Array.from({ length: 1200 }, (_, index) => ({ type: 'paragraph' as const, children: [{ text: `Paragraph ${index}: the sides discussed the corridor.` }] }));
    expect(JSON.stringify(long).length).toBeGreaterThan(packedBodyLimit);
    const created = library.briefings.create({ ...templateContent(), title: 'Long report', body: long });
    expect(stored('briefings', 'id = ?', created.id)).toEqual([{ body_json: JSON.stringify(long), body_packed: null }]);
    expect(library.briefings.get(created.id).body).toEqual(long);
    const recorded = library.revisions.record(created.id, { reason: 'manual' });
    expect(library.revisions.get(recorded.id).body).toEqual(long);
    const short = readout('a short note');
    library.briefings.save({ id: created.id, baseRevision: created.revision, body: short });
    expect(stored('briefings', 'id = ?', created.id)[0]?.body_packed?.[0]).toBe(1);
    expect(library.briefings.restoreRevision(recorded.id).briefing.body).toEqual(long);
    expect(stored('briefings', 'id = ?', created.id)[0]?.body_packed).toBeNull();
  });

  it('opens a library written before it as it is, reads its JSON rows, and packs each at its next save', () => {
    const database = new Database(folder.path());
    migrate(database, { target: 190 });
    const body = readout('the energy partnership');
    const content = templateContent();
    const { lastInsertRowid } = database
      .prepare(
        `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, event_date, created_at, updated_at, revision)
         VALUES ('8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10', 'meeting-readout', 'Written before', 'en', 'draft', @fields, '[]', @body, NULL, '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z', 1)`,
      )
      .run({ fields: JSON.stringify(content.fields), body: JSON.stringify(body) });
    writeSearchDocument(database, lastInsertRowid, { title: 'Written before', language: 'en', fields: content.fields, participants: [], body, templateId: 'meeting-readout' });
    database
      .prepare(
        `INSERT INTO revisions (briefing_id, briefing_revision, reason, label, created_at, words, title, language, status, fields_json, participants_json, body_json)
         VALUES ('8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10', 1, 'manual', 'Kept', '2026-03-01T09:00:00Z', 9, 'Written before', 'en', 'draft', @fields, '[]', @body)`,
      )
      .run({ fields: JSON.stringify(content.fields), body: JSON.stringify(body) });
    database.close();

    library = openLibrary(folder.path(), { clock });
    expect(schemaVersion(library.database)).toBe(200);
    // Opening rewrote nothing: the rows are as they were written.
    expect(stored('briefings', "id = '8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10'")).toEqual([{ body_json: JSON.stringify(body), body_packed: null }]);
    const { briefings, revisions, search } = library;
    expect(briefings.get('8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10').body).toEqual(body);
    // Its snippet is cut from the JSON row.
    expect(search.search({ text: 'partnership' }).hits[0]?.snippet?.parts.map((part) => part.text).join('')).toContain('energy partnership');
    expect(recentBriefingLanguages(library.database)).toEqual(['en', 'ru']);
    const [kept] = revisions.list('8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10');
    expect(revisions.get(kept!.id).body).toEqual(body);

    const edited = readout('the energy partnership, signed');
    briefings.save({ id: '8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10', baseRevision: 1, body: edited });
    const [row] = stored('briefings', "id = '8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10'");
    expect(row?.body_json).toBe('');
    expect(row?.body_packed?.[0]).toBe(1);
    expect(briefings.get('8d1f6a52-3c1e-4b7a-9a61-2f0f6c7e1b10').body).toEqual(edited);
    // The old revision stays as it was written, and reads as before.
    expect(revisions.get(kept!.id).body).toEqual(body);
  });

  it('reports a packed body that cannot be unpacked as a damaged briefing, as one whose JSON does not parse', () => {
    library = openLibrary(folder.path(), { clock });
    const { briefings, revisions, search } = library;
    const damagedJson = briefings.create({ ...templateContent(), title: 'Damaged JSON', body: readout('the roadmap') });
    const damagedBytes = briefings.create({ ...templateContent(), title: 'Damaged bytes', body: readout('the roadmap') });
    const unknownFormat = briefings.create({ ...templateContent(), title: 'Unknown format', body: readout('the roadmap') });
    const recorded = revisions.record(damagedBytes.id, { reason: 'manual' });
    library.database.prepare(`UPDATE briefings SET body_json = '[{', body_packed = NULL WHERE id = ?`).run(damagedJson.id);
    const [row] = stored('briefings', 'id = ?', damagedBytes.id);
    const garbled = Buffer.from(row!.body_packed!);
    garbled.fill(0xa5, 1, 40);
    library.database.prepare('UPDATE briefings SET body_packed = ? WHERE id = ?').run(garbled, damagedBytes.id);
    library.database.prepare('UPDATE revisions SET body_packed = ? WHERE id = ?').run(garbled, recorded.id);
    const [known] = stored('briefings', 'id = ?', unknownFormat.id);
    library.database.prepare('UPDATE briefings SET body_packed = ? WHERE id = ?').run(Buffer.concat([Buffer.from([9]), known!.body_packed!.subarray(1)]), unknownFormat.id);

    // The same error as for JSON that does not parse (storage, "its text cannot be read").
    const cannotBeRead = (title: string) => ({ code: 'storage', message: `The briefing “${title}” is damaged in the library (its text cannot be read), so it cannot be opened.` });
    expect(thrownBy(() => briefings.get(damagedJson.id))).toMatchObject(cannotBeRead('Damaged JSON'));
    expect(thrownBy(() => briefings.get(damagedBytes.id))).toMatchObject(cannotBeRead('Damaged bytes'));
    expect(thrownBy(() => briefings.get(unknownFormat.id))).toMatchObject(cannotBeRead('Unknown format'));
    expect(thrownBy(() => revisions.get(recorded.id))).toMatchObject(cannotBeRead('Damaged bytes'));
    // The library still lists and searches them (by title), without a snippet for a body that cannot be read.
    expect(briefings.list()).toHaveLength(3);
    const found = search.search({ text: 'damaged bytes' }).hits;
    expect(found.map((hit) => hit.id)).toEqual([damagedBytes.id]);
    expect(recentBriefingLanguages(library.database)).toContain('en');
  });

  it('queues a packed body for the team server as the body itself, and keeps the pictures only a queued save refers to', async () => {
    library = openLibrary(folder.path(), { clock });
    const template = findBuiltInTemplate('meeting-readout');
    const team = new TeamReplica(library.database, () => template, clock);
    const body = readout('the secretary-general');
    const before = library.briefings.create({ ...templateContent(), title: 'Before connecting', body });
    team.connect('postgres://team.example/briefings');
    const picture = await keepPicture(library, await pngWithText(40, 30, { r: 20, g: 90, b: 200 }));
    const withPicture = structuredClone(body);
    withPicture[0]!.children.push(newPicture(picture));
    const saved = library.briefings.save({ id: before.id, baseRevision: before.revision, body: withPicture });
    // The picture leaves the body (and History never had it): only the queued save still refers to it.
    library.briefings.save({ id: before.id, baseRevision: saved.revision, body });
    library.database.prepare('DELETE FROM revisions').run();

    const queued = team.queued();
    expect(queued.map((save) => (save.content as { body: unknown }).body)).toEqual([body, withPicture, body]);
    expect(new ImageStore(library.database).removeUnused(new Date(now.getTime() + 86_400_000))).toBe(0);
    expect(new ImageStore(library.database).info(picture.hash)).toBeDefined();
  });
});
