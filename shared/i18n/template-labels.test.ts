import { describe, expect, it } from 'vitest';
import { builtInTemplates, findBuiltInTemplate } from '../document/templates/built-in-templates';
import { localisedTemplate, templateNameOf } from './template-labels';
import { createTranslator } from './translator';

const english = createTranslator('en');
const azerbaijani = createTranslator('az');
const russian = createTranslator('ru');

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
});
