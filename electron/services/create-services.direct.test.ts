import { afterEach, describe, expect, it } from 'vitest';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { builtInTemplates, findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { Services } from '../../shared/ipc/contract';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { openLibrary, type Library } from '../storage/library';
import { createServices } from './create-services';

// The handler table called directly, as the command line does; create-services.test.ts covers the path through the IPC invoker.
describe('createServices', () => {
  const folder = testLibraryFolder();
  let library: Library | undefined;
  afterEach(() => {
    library?.close();
    library = undefined;
  });

  function services(): Services {
    library = openLibrary(folder.path());
    return createServices(library, createTestServiceHost());
  }

  it('creates a briefing from a template, honouring the requested title and language', async () => {
    const api = services();
    const briefing = await api.briefings.create({ templateId: 'meeting-readout', title: 'Görüş — Встреча', language: 'az' });
    expect(briefing).toMatchObject({ templateId: 'meeting-readout', title: 'Görüş — Встреча', language: 'az', status: 'draft', revision: 1 });
    expect(await api.briefings.get(briefing.id)).toEqual(briefing);

    const plain = await api.briefings.create({ templateId: 'blank' });
    const blank = findBuiltInTemplate('blank');
    expect(plain).toMatchObject({ title: blank?.defaultTitle, language: blank?.defaultLanguage });
    expect((await api.briefings.list({})).map((summary) => summary.id).sort()).toEqual([briefing.id, plain.id].sort());
  });

  it('rejects an unknown template with not-found and creates nothing', async () => {
    const api = services();
    await expect(api.briefings.create({ templateId: 'no-such-template' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'No template with id “no-such-template”.',
    });
    expect(library?.briefings.count()).toBe(0);
  });

  it('rejects a save naming a field the template does not have, and leaves the briefing as it was', async () => {
    const api = services();
    const briefing = await api.briefings.create({ templateId: 'meeting-readout' });
    await expect(
      api.briefings.save({ id: briefing.id, baseRevision: 1, title: 'Changed', fields: { ...briefing.fields, notAField: 'x' } }),
    ).rejects.toMatchObject({ code: 'invalid-argument', message: 'The template of this briefing has no field “notAField”.' });
    expect(await api.briefings.get(briefing.id)).toEqual(briefing);

    const saved = await api.briefings.save({ id: briefing.id, baseRevision: 1, fields: { ...briefing.fields, location: 'Bakı' } });
    expect(saved.revision).toBe(2);
  });

  it('lets a briefing whose template this build does not know keep its own fields, and only those', async () => {
    const api = services();
    const blank = findBuiltInTemplate('blank');
    if (!blank) throw new Error('blank template missing');
    const custom = library?.briefings.create({ ...newBriefingContent(blank), templateId: 'my-own-template', fields: { venue: 'Bakı' } });
    if (!custom) throw new Error('not created');
    await expect(api.briefings.save({ id: custom.id, baseRevision: 1, fields: { venue: 'Москва' } })).resolves.toMatchObject({ revision: 2 });
    await expect(api.briefings.save({ id: custom.id, baseRevision: 2, fields: { other: 'x' } })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
  });

  it('moves a briefing to the Trash and reports a missing one as not-found, as rejections', async () => {
    const api = services();
    const briefing = await api.briefings.create({ templateId: 'meeting-readout' });
    await api.briefings.moveToTrash(briefing.id);
    expect(await api.briefings.list({})).toEqual([]);
    expect((await api.briefings.list({ trashed: true })).map((summary) => summary.id)).toEqual([briefing.id]);
    await expect(api.briefings.get(briefing.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists the built-in templates', async () => {
    const api = services();
    expect(await api.templates.list()).toEqual([...builtInTemplates]);
  });
});
