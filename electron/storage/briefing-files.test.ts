import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { exportBriefingFile, exportBriefingToPath, importBriefingFile, importBriefingFromPath } from './briefing-files';
import { openLibrary } from './library';

describe('.briefing.json export and import', () => {
  const folder = testLibraryFolder();

  it('carries a briefing from one library to another, as a new briefing with an import revision', () => {
    const source = openLibrary(folder.path('source.sqlite'));
    const created = source.briefings.create({ ...templateContent(), title: 'Görüş: İlham Əliyev — Москва' });
    source.briefings.save({
      id: created.id,
      baseRevision: 1,
      participants: [{ id: 'p1', name: 'İlham Əliyev', title: 'Prezident', organisation: 'AR', side: 'host', role: '' }],
    });
    const exported = exportBriefingFile(source, created.id, new Date('2026-11-29T08:00:00Z'));
    expect(exported.fileName).toBe('Görüş İlham Əliyev — Москва.briefing.json');
    exportBriefingToPath(source, created.id, folder.path('file.briefing.json'));
    source.close();

    const target = openLibrary(folder.path('target.sqlite'));
    const imported = importBriefingFromPath(target, folder.path('file.briefing.json'));
    expect(imported.id).not.toBe(created.id);
    expect(target.briefings.get(imported.id)).toMatchObject({ title: created.title, revision: 1, participants: [{ name: 'İlham Əliyev' }] });
    expect(target.revisions.list(imported.id).map((revision) => revision.reason)).toEqual(['import']);
    expect(target.search.search({ text: 'eliyev' }).total).toBe(1);
    expect(importBriefingFile(target, exported.contents).id).not.toBe(imported.id);
    target.close();
  });

  it('refuses a bad file with one sentence and imports nothing', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(templateContent());
    const good = JSON.parse(exportBriefingFile(library, created.id).contents) as { briefing: { fields: Record<string, unknown> } };
    good.briefing.fields = { ...good.briefing.fields, notAField: 'x' };
    const error = thrownBy(() => importBriefingFile(library, JSON.stringify(good)));
    expect(error).toMatchObject({ code: 'invalid-argument' });
    expect(error.message).toBe('This briefing file is damaged: its template “Meeting readout” has no field “notAField”.');
    expect(thrownBy(() => importBriefingFile(library, 'PK\u0003\u0004')).message).toBe('This file is not a Briefing Desk briefing: it is not valid JSON.');
    expect(library.briefings.count()).toBe(1);
    library.close();
  });

  it('refuses a file whose text refers to a field its template lacks, such as "constructor", and imports nothing', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(templateContent());
    const file = JSON.parse(exportBriefingFile(library, created.id).contents) as { briefing: { body: { children: { children: unknown[] }[] }[] } };
    file.briefing.body[0]?.children[0]?.children.unshift({ type: 'field-ref', fieldId: 'constructor', children: [{ text: '' }] });
    expect(thrownBy(() => importBriefingFile(library, JSON.stringify(file))).message).toBe(
      'This briefing file is damaged: its text refers to a field “constructor” that its template “Meeting readout” does not have.',
    );
    expect(library.briefings.count()).toBe(1);
    library.close();
  });

  it('imports a briefing the file calls released as a draft, since no one here approved it', () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create(templateContent());
    const file = JSON.parse(exportBriefingFile(library, created.id).contents) as { briefing: { status: string } };
    file.briefing.status = 'released';
    const imported = importBriefingFile(library, JSON.stringify(file));
    expect(imported.status).toBe('draft');
    expect(library.briefings.get(imported.id).status).toBe('draft');
    library.close();
  });
});
