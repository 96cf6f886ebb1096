import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/document/briefing';
import type { BriefingTemplate } from '../../shared/document/template';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { createServices } from '../services/create-services';
import { openLibrary } from './library';

describe('saved templates', () => {
  const folder = testLibraryFolder();

  async function setup() {
    const library = openLibrary(folder.path());
    const services = createServices(library, createTestServiceHost());
    const briefing = library.briefings.create(templateContent('meeting-readout'));
    const body = structuredClone(briefing.body);
    const agreed = body.find((section) => section.sectionId === 'agreed-points');
    if (!agreed) throw new Error('no agreed points');
    agreed.children = [{ type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: 'Əməkdaşlıq davam edəcək' }] }];
    library.briefings.save({ id: briefing.id, baseRevision: 1, body });
    return { library, services, briefing: library.briefings.get(briefing.id) };
  }

  it('saves a briefing as a template with its structure, and a new briefing from it starts empty', async () => {
    const { library, services, briefing } = await setup();
    const template = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Weekly readout', keepContent: false });
    expect(template).toMatchObject({ name: 'Weekly readout', builtIn: false, eventDateField: 'meetingDate', hasParticipants: true });
    expect(template.sections.map((section) => section.heading)).toEqual(briefing.body.map((section) => section.heading));
    expect((await services.templates.list()).map((candidate) => candidate.name)).toContain('Weekly readout');

    const made = await services.briefings.create({ templateId: template.id });
    expect(made.title).toBe('Weekly readout');
    expect(made.body.find((section) => section.sectionId === 'agreed-points')?.children).toEqual([
      { type: 'list-item', listType: 'numbered', indent: 0, children: [{ text: '' }] },
    ]);
    expect(Object.keys(made.fields)).toEqual(Object.keys(briefing.fields));
    library.close();
  });

  it('copies a built-in template\'s words in the interface language of the window that saves it, and keeps them as the person\'s own', async () => {
    const { library, services, briefing } = await setup();
    const field = (template: BriefingTemplate, id: string) => template.fields.find((candidate) => candidate.id === id);

    const azerbaijani = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Həftəlik məlumat', keepContent: false, language: 'az' });
    expect(azerbaijani.description).toBe('“Görüş haqqında məlumat” əsasında');
    expect(field(azerbaijani, 'meetingDate')?.label).toBe('Görüş tarixi');
    expect(field(azerbaijani, 'guest')?.label).toBe('Qonaq');
    expect(field(azerbaijani, 'location')?.help).toBe('Şəhər və ölkə, məsələn, “Bakı, Azərbaycan”');
    const classification = field(azerbaijani, 'classification');
    expect(classification?.type === 'select' && classification.options.find((option) => option.value === 'public')?.label).toBe('Açıq');
    // Ids and values stay, so briefings made from it work as before; the section headings are the briefing's own.
    expect(azerbaijani.fields.map((candidate) => candidate.id)).toEqual(findBuiltInTemplate('meeting-readout')?.fields.map((candidate) => candidate.id));
    expect(azerbaijani.sections.map((section) => section.heading)).toEqual(briefing.body.map((section) => section.heading));
    // Stored so: the library reads the Azerbaijani words back, whatever language asks later.
    expect(field(library.templates.get(azerbaijani.id), 'meetingDate')?.label).toBe('Görüş tarixi');

    const russian = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Еженедельный', keepContent: false, language: 'ru' });
    expect(field(russian, 'meetingDate')?.label).toBe('Дата встречи');
    // A caller that names no language (an older window) gets English, as before.
    const english = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Weekly', keepContent: false });
    expect(english.description).toBe('Based on Meeting readout');
    expect(field(english, 'meetingDate')?.label).toBe('Meeting date');
    library.close();
  });

  it('keeps the text when asked, and never shares it with briefings made from it', async () => {
    const { library, services, briefing } = await setup();
    const template = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'With text', keepContent: true });
    const first = await services.briefings.create({ templateId: template.id });
    expect(JSON.stringify(first.body)).toContain('Əməkdaşlıq davam edəcək');
    library.close();
    const reopened = openLibrary(folder.path());
    expect(reopened.templates.get(template.id).sections.find((section) => section.id === 'agreed-points')?.content).toHaveLength(1);
    reopened.close();
  });

  it('renames and deletes a saved template without touching briefings made from it', async () => {
    const { library, services, briefing } = await setup();
    const template = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Old name', keepContent: false });
    const made = await services.briefings.create({ templateId: template.id });
    await services.templates.rename({ id: template.id, name: 'New name' });
    expect(library.briefings.list().find((summary) => summary.id === made.id)?.templateName).toBe('New name');

    await services.templates.remove(template.id);
    expect((await services.templates.list()).some((candidate) => candidate.id === template.id)).toBe(false);
    // Still known to the briefings made from it, fields and all.
    const stillThere: BriefingTemplate = await services.templates.get(template.id);
    expect(stillThere.fields.map((field) => field.id)).toContain('meetingDate');
    const reopened: Briefing = await services.briefings.get(made.id);
    expect(reopened.templateId).toBe(template.id);
    await expect(services.briefings.save({ id: made.id, baseRevision: 1, fields: { ...made.fields, location: 'Bakı' } })).resolves.toMatchObject({ revision: 2 });
    library.close();
  });

  it('restores a deleted template (Undo) with its name and fields, and refuses to restore one that is not deleted', async () => {
    const { library, services, briefing } = await setup();
    const template = await services.templates.saveFromBriefing({ briefingId: briefing.id, name: 'Doorstep', keepContent: false });
    await services.templates.remove(template.id);
    await expect(services.templates.restore(template.id)).resolves.toMatchObject({ id: template.id, name: 'Doorstep' });
    expect((await services.templates.list()).map((candidate) => candidate.name)).toContain('Doorstep');
    expect(thrownBy(() => library.templates.restore(template.id)).message).toBe(`No deleted template with id “${template.id}”.`);
    expect(thrownBy(() => library.templates.restore('meeting-readout')).code).toBe('not-found');
    expect(thrownBy(() => library.templates.restore('user-unknown')).code).toBe('not-found');
    library.close();
  });

  it('refuses to rename or delete a built-in template', async () => {
    const { library } = await setup();
    expect(thrownBy(() => library.templates.remove('meeting-readout')).message).toBe('Built-in templates cannot be deleted.');
    expect(thrownBy(() => library.templates.rename('blank', 'Mine')).message).toBe('Built-in templates cannot be renamed.');
    expect(thrownBy(() => library.templates.get('user-unknown')).code).toBe('not-found');
    library.close();
  });
});
