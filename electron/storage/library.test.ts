import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibrary } from './library';

function meetingReadout() {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('meeting readout template missing');
  return newBriefingContent(template);
}

function storageErrorOf(action: () => unknown): ServiceError {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

describe('library', () => {
  const folder = testLibraryFolder();

  it('keeps a briefing with Azerbaijani and Cyrillic text across close and reopen', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(meetingReadout());
    const body = structuredClone(created.body);
    const lede = body[0];
    if (!lede) throw new Error('no lede section');
    lede.children = [{ type: 'paragraph', children: [{ text: 'Əliyev ş ğ ı İ — Москва' }] }];
    const saved = library.briefings.save({ id: created.id, baseRevision: 1, title: 'Görüş', body, fields: { ...created.fields, meetingDate: '2025-11-21' } });
    expect(saved.revision).toBe(2);
    library.close();

    const reopened = openLibrary(folder.path());
    const briefing = reopened.briefings.get(created.id);
    expect(briefing.title).toBe('Görüş');
    expect(briefing.body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'Əliyev ş ğ ı İ — Москва' }] }]);
    expect(briefing.revision).toBe(2);
    expect(reopened.briefings.list()).toMatchObject([{ id: created.id, title: 'Görüş', templateName: 'Meeting readout', eventDate: '2025-11-21' }]);
    reopened.close();
  });

  it('refuses a stale save as a conflict and keeps what the other window saved', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(meetingReadout());
    library.briefings.save({ id: created.id, baseRevision: 1, title: 'First window' });
    const conflict = storageErrorOf(() => library.briefings.save({ id: created.id, baseRevision: 1, title: 'Second window' }));
    expect(conflict.code).toBe('conflict');
    expect(library.briefings.get(created.id)).toMatchObject({ title: 'First window', revision: 2 });
    library.close();
  });

  it('saves only the parts a save names', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(meetingReadout());
    library.briefings.save({ id: created.id, baseRevision: 1, title: 'New title' });
    const briefing = library.briefings.get(created.id);
    expect(briefing.body).toEqual(created.body);
    expect(briefing.fields).toEqual(created.fields);
    library.close();
  });

  it('hides a briefing moved to the Trash from the library, but keeps it in the Trash', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(meetingReadout());
    library.briefings.moveToTrash(created.id);
    expect(library.briefings.list()).toEqual([]);
    expect(library.briefings.list({ trashed: true }).map((summary) => summary.id)).toEqual([created.id]);
    expect(storageErrorOf(() => library.briefings.get(created.id)).code).toBe('not-found');
    expect(storageErrorOf(() => library.briefings.save({ id: created.id, baseRevision: 1, title: 'x' })).code).toBe('not-found');
    library.close();
  });

  it('creates the demo briefing on first start only, so a trashed demo stays gone', () => {
    const first = openLibrary(folder.path(), { seedDemo: true });
    const [demo] = first.briefings.list();
    expect(demo?.title).toContain('Ali Asadov');
    first.briefings.moveToTrash(demo?.id ?? '');
    first.close();

    const second = openLibrary(folder.path(), { seedDemo: true });
    expect(second.briefings.list()).toEqual([]);
    second.close();
  });

  it('does not add the demo to a library that already has briefings', () => {
    const library = openLibrary(folder.path());
    library.briefings.create(meetingReadout());
    library.close();
    const reopened = openLibrary(folder.path(), { seedDemo: true });
    expect(reopened.briefings.list()).toHaveLength(1);
    reopened.close();
  });

  it('refuses a file that is not a database with a plain message, and leaves it untouched', () => {
    const file = folder.path('notes.sqlite');
    const content = Buffer.from('Meeting notes, not a database.\n'.repeat(200));
    writeFileSync(file, content);
    const error = storageErrorOf(() => openLibrary(file));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/damaged or is not a Briefing Desk library/);
    expect(readFileSync(file).equals(content)).toBe(true);
  });

  it('refuses a library from a newer version and leaves the file byte for byte as it was', () => {
    const file = folder.path();
    const database = new Database(file);
    database.exec('CREATE TABLE future (x INTEGER)');
    database.pragma('user_version = 500');
    database.close();
    const before = readFileSync(file);
    const error = storageErrorOf(() => openLibrary(file));
    expect(error.message).toMatch(/created by a newer version of Briefing Desk/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a damaged row as damaged instead of returning bad data', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(meetingReadout());
    library.database.prepare(`UPDATE briefings SET body_json = '[{"type":"section"}]' WHERE id = ?`).run(created.id);
    const error = storageErrorOf(() => library.briefings.get(created.id));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/damaged/);
    library.close();
  });
});
