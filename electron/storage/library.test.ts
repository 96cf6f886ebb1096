import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { openLibrary } from './library';

const meetingReadout = () => templateContent('meeting-readout');


describe('openLibrary', () => {
  const folder = testLibraryFolder();

  it('keeps a briefing with Azerbaijani and Cyrillic text across close and reopen', () => {
    const library = openLibrary(folder.path(), { clock: () => new Date('2025-11-21T10:00:00Z') });
    const created = library.briefings.create(meetingReadout());
    const body = structuredClone(created.body);
    const lede = body[0];
    if (!lede) throw new Error('no lede section');
    lede.children = [{ type: 'paragraph', children: [{ text: 'Əliyev ş ğ ı İ — Москва' }] }];
    library.briefings.save({ id: created.id, baseRevision: 1, title: 'Görüş', body, fields: { ...created.fields, meetingDate: '2025-11-21' } });
    library.close();

    const reopened = openLibrary(folder.path());
    const briefing = reopened.briefings.get(created.id);
    expect(briefing).toMatchObject({ title: 'Görüş', revision: 2, updatedAt: '2025-11-21T10:00:00.000Z' });
    expect(briefing.body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'Əliyev ş ğ ı İ — Москва' }] }]);
    expect(reopened.briefings.list()).toMatchObject([{ id: created.id, title: 'Görüş', templateName: 'Meeting readout', eventDate: '2025-11-21' }]);
    reopened.close();
  });

  it('creates the demo briefing on first start only, so a demo moved to the Trash stays there', () => {
    const first = openLibrary(folder.path(), { seedDemo: true });
    const [demo, ...others] = first.briefings.list();
    expect(others).toEqual([]);
    expect(demo).toMatchObject({ templateName: 'Meeting readout', revision: 1 });
    expect(demo?.title).toContain('Ali Asadov');
    first.briefings.moveToTrash(demo?.id ?? '');
    first.close();

    const second = openLibrary(folder.path(), { seedDemo: true });
    expect(second.briefings.list()).toEqual([]);
    expect(second.briefings.list({ trashed: true }).map((summary) => summary.id)).toEqual([demo?.id]);
    second.close();
  });

  it('creates the demo once even when opened with seedDemo again while it is still there', () => {
    openLibrary(folder.path(), { seedDemo: true }).close();
    const again = openLibrary(folder.path(), { seedDemo: true });
    expect(again.briefings.count()).toBe(1);
    again.close();
  });

  it('does not add the demo to a library that already has briefings, nor later when it is emptied', () => {
    const library = openLibrary(folder.path());
    const own = library.briefings.create(meetingReadout());
    library.close();

    const seeded = openLibrary(folder.path(), { seedDemo: true });
    expect(seeded.briefings.list().map((summary) => summary.id)).toEqual([own.id]);
    expect(seeded.settings.get('demoSeeded', z.boolean())).toBe(true);
    seeded.briefings.moveToTrash(own.id);
    seeded.close();

    const emptied = openLibrary(folder.path(), { seedDemo: true });
    expect(emptied.briefings.list()).toEqual([]);
    emptied.close();
  });

  it('does not seed without seedDemo (the command line and tests)', () => {
    const library = openLibrary(folder.path());
    expect(library.briefings.count()).toBe(0);
    expect(library.settings.get('demoSeeded', z.boolean())).toBeUndefined();
    library.close();
  });

  it('refuses a file that is not a database, naming it, and leaves it untouched', () => {
    const file = folder.path('notes.sqlite');
    const content = Buffer.from('Meeting notes, not a database.\n'.repeat(200));
    writeFileSync(file, content);
    const error = thrownBy(() => openLibrary(file, { seedDemo: true }));
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
    const error = thrownBy(() => openLibrary(file, { seedDemo: true }));
    expect(error.message).toMatch(/^This library was created by a newer version of Briefing Desk \(schema 500\); .* Update the app to open it\.$/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
