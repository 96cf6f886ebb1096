import { describe, expect, it } from 'vitest';
import { builtInTemplates, findBuiltInTemplate } from '../document/templates/built-in-templates';
import { builtInSectionStrings } from '../document/language/document-language';
import { localisedTemplate, sectionNameOf, templateNameOf } from './template-labels';
import { createTranslator } from './translator';

const english = createTranslator('en');
const azerbaijani = createTranslator('az');
const russian = createTranslator('ru');
const turkish = createTranslator('tr');

function builtIn(id: string) {
  const template = findBuiltInTemplate(id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return template;
}

describe('built-in templates in the interface language', () => {
  it.each(builtInTemplates.map((template) => [template.id, template] as const))('%s reads in English exactly as the template writes it', (_id, template) => {
    expect(localisedTemplate(template, english)).toEqual(template);
  });

  it.each(builtInTemplates.map((template) => [template.id, template] as const))('%s has Azerbaijani words for its name, description and every field', (_id, template) => {
    const shown = localisedTemplate(template, azerbaijani);
    expect(shown.name).not.toBe(template.name);
    expect(shown.description).not.toBe(template.description);
    shown.fields.forEach((field, index) => {
      const original = template.fields[index];
      expect(field.label, field.id).not.toBe(original?.label);
      if (original?.help) expect(field.help, field.id).not.toBe(original.help);
      if (field.type === 'select' && original?.type === 'select') field.options.forEach((option, at) => expect(option.label).not.toBe(original.options[at]?.label));
    });
    expect({ ...shown, name: template.name, description: template.description, fields: template.fields }).toEqual(template);
  });

  it('says a meeting readout and its fields in Russian, values and ids untouched', () => {
    const shown = localisedTemplate(builtIn('meeting-readout'), russian);
    expect(shown.name).toBe('Сообщение о встрече');
    const location = shown.fields.find((field) => field.id === 'location');
    expect(location).toMatchObject({ label: 'Место', help: 'Город и страна, например «Баку, Азербайджан»' });
    const classification = shown.fields.find((field) => field.id === 'classification');
    expect(classification?.type === 'select' && classification.options).toEqual([
      { value: 'public', label: 'Открыто' },
      { value: 'official', label: 'Для служебного пользования' },
      { value: 'restricted', label: 'Ограниченного доступа' },
      { value: 'confidential', label: 'Конфиденциально' },
    ]);
  });

  it("keeps a person's own template as written, even one copied from a built-in", () => {
    const own = { ...builtIn('meeting-readout'), id: 'user-1', name: 'Bizim hesabat', builtIn: false };
    expect(localisedTemplate(own, azerbaijani)).toEqual(own);
    expect(templateNameOf('user-1', 'Bizim hesabat', azerbaijani)).toBe('Bizim hesabat');
    expect(templateNameOf('press-release', 'Press release', azerbaijani)).toBe('Press-reliz');
  });

  it.each(builtInTemplates.map((template) => [template.id, template] as const))("%s names each section in the interface as a briefing in that language heads it", (_id, template) => {
    for (const section of template.sections.filter((candidate) => candidate.heading !== '')) {
      expect(sectionNameOf(template.id, section.id, section.heading, english), section.id).toBe(section.heading);
      for (const [language, t] of [['az', azerbaijani], ['ru', russian], ['tr', turkish]] as const) {
        expect(sectionNameOf(template.id, section.id, section.heading, t), `${section.id} in ${language}`).toBe(builtInSectionStrings(template.id, section.id, language)?.heading);
      }
    }
  });

  it("names a person's own template's sections as written", () => {
    expect(sectionNameOf('user-1', 'agreed-points', 'Razılaşmalarımız', russian)).toBe('Razılaşmalarımız');
    expect(sectionNameOf('meeting-readout', 'agreed-points', 'Agreed points', russian)).toBe('Достигнутые договорённости');
  });
});
