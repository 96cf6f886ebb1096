import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import type { BlockElement } from '../../shared/document/briefing-body';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { channelName } from '../../shared/ipc/contract';
import type { DocxImportPreview } from '../../shared/ipc/import-service';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import { sampleBriefing, sampleExportTime } from '../../tests/fixtures/export/sample-briefings';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { briefingDocxBytes } from '../export/docx/briefing-docx';
import { createServices } from './create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { openLibrary } from '../storage/library';
import { importDocxFromPath } from './import-docx-from-path';

const fixture = (name: string) => new URL(`../../tests/fixtures/import/${name}`, import.meta.url).pathname;

/** A body's shape: per section, its id and each block's type (with list kind and level, heading level). */
function structure(body: Briefing['body']) {
  const shape = (block: BlockElement) =>
    block.type === 'list-item' ? `${block.listType}:${block.indent}` : block.type === 'heading' ? `heading:${block.level}` : block.type;
  return body.map((section) => ({ sectionId: section.sectionId, blocks: section.children.map((block) => shape(block)) }));
}

describe('the import service', () => {
  const folder = testLibraryFolder();

  function setup() {
    const library = openLibrary(folder.path());
    const host = createTestServiceHost();
    const invoke = createIpcInvoker(createServices(library, host), { log: () => undefined });
    const call = async <T>(method: string, ...args: unknown[]): Promise<IpcResult<T>> => (await invoke(channelName('import', method), args)) as IpcResult<T>;
    const value = async <T>(method: string, ...args: unknown[]): Promise<T> => {
      const result = await call<T>(method, ...args);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value;
    };
    return { library, host, call, value };
  }

  it('previews a readout draft, saving nothing, then makes the briefing in the recognised template', async () => {
    const { library, host, value } = setup();
    host.importPath = fixture('meeting-readout-draft.docx');
    const preview = await value<DocxImportPreview>('previewDocx');
    expect(preview).toMatchObject({
      fileName: 'meeting-readout-draft.docx',
      title: 'Minister meets the ITU Secretary-General in Baku',
      participants: 2,
      dropped: [],
    });
    // Data, not English text: the window names the sections and writes the moment in its own language.
    expect(preview.recognised).toEqual({
      templateId: 'meeting-readout',
      templateName: 'Meeting readout',
      matchedSections: [
        { id: 'topics-discussed', heading: 'Topics discussed' },
        { id: 'key-messages', heading: 'Key messages' },
        { id: 'agreed-points', heading: 'Agreed points' },
        { id: 'follow-up', heading: 'Follow-up' },
      ],
      fillsParticipants: true,
    });
    expect(preview.fields).toEqual([
      { kind: 'choice', fieldId: 'classification', label: 'Classification', choice: 'restricted', choiceLabel: 'Restricted' },
      { kind: 'choice', fieldId: 'releaseLine', label: 'Release', choice: 'embargoed', choiceLabel: 'Embargoed' },
      // The moment the briefing stores (ISO 8601, on the computer's clock), unformatted.
      { kind: 'moment', fieldId: 'embargoUntil', label: 'Embargoed until', moment: '2026-12-01T10:00' },
    ]);
    expect(library.briefings.list({})).toEqual([]);

    const briefing = await value<Briefing>('createFromDocx', { previewId: preview.previewId, templateId: 'meeting-readout' });
    expect(briefing).toMatchObject({ templateId: 'meeting-readout', title: 'Minister meets the ITU Secretary-General in Baku', language: 'en' });
    expect(briefing.fields).toMatchObject({ classification: 'restricted', releaseLine: 'embargoed', embargoUntil: '2026-12-01T10:00' });
    expect(briefing.participants.map((person) => person.name)).toEqual(['Rəşad Nəbiyev', 'Doreen Bogdan-Martin']);
    expect(structure(briefing.body)).toEqual([
      { sectionId: 'lede', blocks: ['paragraph'] },
      { sectionId: 'occasion', blocks: ['paragraph'] },
      { sectionId: 'topics-discussed', blocks: ['bulleted:0', 'bulleted:1', 'bulleted:2', 'bulleted:1', 'bulleted:0'] },
      { sectionId: 'key-messages', blocks: ['paragraph', 'heading:2', 'paragraph'] },
      { sectionId: 'agreed-points', blocks: ['numbered:0', 'numbered:1', 'numbered:0'] },
      { sectionId: 'follow-up', blocks: ['paragraph', 'page-break', 'paragraph'] },
    ]);
    expect(library.revisions.list(briefing.id).map((revision) => revision.reason)).toEqual(['import']);
    library.close();
  });

  it('puts a draft whose headings match no template into Blank, headings kept', async () => {
    const { library, host, value } = setup();
    host.importPath = fixture('cyrillic-draft.docx');
    const preview = await value<DocxImportPreview>('previewDocx');
    expect(preview).toMatchObject({ recognised: null, title: 'Пресс-релиз о цифровой неделе', headings: ['Программа', 'Расписание'] });
    const briefing = await value<Briefing>('createFromDocx', { previewId: preview.previewId, templateId: 'blank' });
    expect(briefing.language).toBe('ru');
    // The schedule under "Расписание" is a Word table, kept as a table.
    expect(structure(briefing.body)).toEqual([
      { sectionId: 'body', blocks: ['paragraph', 'heading:2', 'numbered:0', 'numbered:1', 'numbered:1', 'numbered:0', 'heading:2', 'table', 'paragraph'] },
    ]);
    library.close();
  });

  it('answers a cancelled dialog with null and a bad file with one sentence, saving nothing', async () => {
    const { library, host, call } = setup();
    host.importPath = null;
    expect(await call('previewDocx')).toEqual({ ok: true, value: null });
    const notWord = folder.path('notes.docx');
    writeFileSync(notWord, 'These are plain notes, not a Word file.');
    host.importPath = notWord;
    expect(await call('previewDocx')).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'This file is not a Word document (.docx); older .doc files must be saved as .docx in Word first.', localised: { id: 'import.notDocx', values: {} } },
    });
    host.importPath = folder.path('missing.docx');
    expect(await call('previewDocx')).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: 'The file missing.docx could not be read: it does not exist.' } });
    expect(await call('createFromDocx', { previewId: '00000000-0000-4000-8000-000000000000', templateId: 'blank' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(library.briefings.list({})).toEqual([]);
    library.close();
  });

  it('gives back the same structure when our own DOCX export of the sample readout is imported (round trip)', async () => {
    const { library } = setup();
    const sample = sampleBriefing('meeting-readout');
    // Release and classification go into the masthead and the running header, and must come back as fields.
    const original: Briefing = { ...sample, fields: { ...sample.fields, classification: 'restricted', releaseLine: 'embargoed', embargoUntil: '2026-12-01T10:00' } };
    expect(original.participants.length).toBeGreaterThan(1);
    const bytes = await briefingDocxBytes(exportDocument(original, findBuiltInTemplate(original.templateId), defaultExportOptions, { now: sampleExportTime }), defaultExportOptions.pageSize);
    const path = folder.path('readout.docx');
    writeFileSync(path, bytes);
    const imported = await importDocxFromPath(library, path);
    expect(imported.templateId).toBe('meeting-readout');
    expect(imported.title).toBe(original.title);
    expect(structure(imported.body)).toEqual(structure(original.body));
    expect(imported.participants.map(({ name, title, organisation, side, role }) => ({ name, title, organisation, side, role }))).toEqual(
      original.participants.map(({ name, title, organisation, side, role }) => ({ name, title, organisation, side, role })),
    );
    // The dateline ("Baku, Azerbaijan — November 21, 2025") comes back as the date and the place, not as the lede's first line.
    for (const id of ['classification', 'releaseLine', 'embargoUntil', 'meetingDate', 'location']) expect(imported.fields[id], id).toEqual(original.fields[id]);
    library.close();
  });

  it('reads its own Azerbaijani DOCX back: the dateline into the date and the place, the markings into release and classification', async () => {
    const { library } = setup();
    const sample = sampleBriefing('meeting-readout');
    const original: Briefing = {
      ...sample,
      language: 'az',
      fields: { ...sample.fields, location: 'Bakı, Azərbaycan', classification: 'official', releaseLine: 'embargoed', embargoUntil: '2026-12-01T10:00' },
    };
    const bytes = await briefingDocxBytes(exportDocument(original, findBuiltInTemplate(original.templateId), defaultExportOptions, { now: sampleExportTime }), defaultExportOptions.pageSize);
    const path = folder.path('oxu.docx');
    writeFileSync(path, bytes);
    const imported = await importDocxFromPath(library, path);
    expect(imported.fields['meetingDate']).toBe(original.fields['meetingDate']);
    expect(imported.fields['location']).toBe('Bakı, Azərbaycan');
    // "XİDMƏTİ İSTİFADƏ ÜÇÜN" and "EMBARQO: 1 DEKABR 2026-CI İL, SAAT 10:00" in the masthead and running header come back as they were.
    for (const id of ['classification', 'releaseLine', 'embargoUntil']) expect(imported.fields[id], id).toEqual(original.fields[id]);
    expect(JSON.stringify(imported.body)).not.toContain('noyabr 2025-ci il');
    library.close();
  });
});
