import { describe, expect, it } from 'vitest';
import { sayLocalised } from '../ipc/ipc-result';
import { zodIssueMessage } from '../i18n/zod-issues';
import { createTranslator } from '../i18n/translator';
import type { InterfaceLanguage } from '../i18n/interface-language';
import { briefingTemplateSchema } from './template';
import { findBuiltInTemplate } from './templates/built-in-templates';

const readout = findBuiltInTemplate('meeting-readout');
if (!readout) throw new Error('meeting readout template missing');

/** The first definition problem of a template file, as a window in `language` says it. */
function problem(definition: unknown, language: InterfaceLanguage): string {
  const parsed = briefingTemplateSchema.safeParse(definition);
  if (parsed.success) throw new Error('the definition passed');
  return sayLocalised(createTranslator(language), zodIssueMessage(parsed.error.issues[0]));
}

const location = readout.fields.find((field) => field.id === 'location');
const broken = {
  repeatedField: { ...readout, builtIn: false, id: 'our-readout', fields: [...readout.fields, location] },
  unknownDependency: { ...readout, fields: readout.fields.map((field) => (field.id === 'embargoUntil' ? { ...field, requiredWhen: { field: 'releaseLane', equals: 'embargoed' } } : field)) },
  unknownReference: { ...readout, lede: { sectionId: 'lede', patterns: { en: 'On {meetingDay}, {host.name} met {guest.name}.' } } },
  notADate: { ...readout, eventDateField: 'location' },
};

describe("a template definition's checks, in the interface language", () => {
  it('say the same English sentence as before', () => {
    expect(problem(broken.repeatedField, 'en')).toBe('template "our-readout" repeats a field id');
    expect(problem(broken.unknownReference, 'en')).toBe('lede pattern "en" refers to unknown field "{meetingDay}"');
  });

  it('read as Azerbaijani, the ids as written', () => {
    expect(problem(broken.repeatedField, 'az')).toBe('“our-readout” şablonunda sahə identifikatoru təkrarlanır');
    expect(problem(broken.unknownDependency, 'az')).toBe('“embargoUntil” sahəsi naməlum “releaseLane” sahəsindən asılıdır');
    expect(problem(broken.notADate, 'az')).toBe('eventDateField “location” tarix sahəsi deyil');
  });

  it('read as Russian, the ids as written', () => {
    expect(problem(broken.repeatedField, 'ru')).toBe('в шаблоне «our-readout» повторяется идентификатор поля');
    expect(problem(broken.unknownReference, 'ru')).toBe('образец лида «en» ссылается на неизвестное поле «{meetingDay}»');
    expect(problem({ ...readout, lede: { sectionId: 'lede', patterns: { az: '{meetingDate}' } } }, 'ru')).toBe('нужен образец на английском языке');
  });
});
