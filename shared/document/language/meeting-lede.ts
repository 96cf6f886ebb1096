import type { FieldValues, PersonValue } from '../briefing';
import type { InlineNode, PersonPart } from '../briefing-body';
import { isPersonValue } from '../field-format';
import { fieldValueOf } from '../own-fields';
import type { BriefingTemplate } from '../template';
import { documentLanguageOf } from './document-language';
import type { ReferenceForm } from './reference-form-names';
import { hasRecordedForm } from './reference-forms';

/**
 * The opening sentence of a meeting readout as each language's ministries
 * publish it, for any template with the readout's fields (a date
 * `meetingDate`, a text `location`, persons `host` and `guest`). Every name,
 * title, organisation, date and place is a field reference, so it follows
 * later changes in Details; where the grammar needs a form of it, the
 * reference asks for that form (see `reference-forms.ts`).
 *
 *   en  On 21 November 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with …
 *   az  2025-ci il noyabrın 21-də Azərbaycan Respublikasının Baş naziri Əli Əsədov Bakıda … ilə görüşüb.
 *   ru  21 ноября 2025 года в городе Баку состоялась встреча Премьер-министра … с Генеральным секретарём …
 *       (with the forms the office recorded), otherwise … в городе Баку встретились … и … — only nominatives.
 *   tr  21 Kasım 2025 tarihinde Bakü'de Azerbaycan Başbakanı Ali Esedov, … Genel Sekreteri … ile görüştü.
 *   ar  التقى … في … يوم …
 */
type Piece = string | { fieldId: string; part?: PersonPart; form?: ReferenceForm };

const ref = (fieldId: string, part?: PersonPart, form?: ReferenceForm): Piece => ({ fieldId, ...(part ? { part } : {}), ...(form ? { form } : {}) });

function person(fields: FieldValues, id: string): PersonValue {
  const value = fieldValueOf(fields, id);
  return isPersonValue(value) ? value : { name: '', title: '', organisation: '' };
}

const filled = (value: string): boolean => value.trim() !== '';

/** Title, organisation and name in the order and forms a language writes them; parts left empty are left out. */
function english(fields: FieldValues, id: string): Piece[] {
  const who = person(fields, id);
  return [
    ...(filled(who.title) ? [ref(id, 'title'), ' '] : []),
    ...(filled(who.organisation) ? [...(filled(who.title) ? ['of '] : []), ref(id, 'organisation', 'definite'), ' '] : []),
    ref(id, 'name'),
  ];
}

function azerbaijani(fields: FieldValues, id: string): Piece[] {
  const who = person(fields, id);
  // "Azərbaycan Respublikasının Baş naziri Əli Əsədov": whose (genitive), then the title with its possessive.
  if (filled(who.organisation) && filled(who.title)) return [ref(id, 'organisation', 'genitive'), ' ', ref(id, 'title', 'possessive'), ' ', ref(id, 'name')];
  return [...(filled(who.title) ? [ref(id, 'title'), ' '] : []), ref(id, 'name')];
}

function turkish(fields: FieldValues, id: string): Piece[] {
  const who = person(fields, id);
  // "Azerbaycan Başbakanı Ali Esedov": the organisation as it is, the title with its possessive.
  if (filled(who.organisation) && filled(who.title)) return [ref(id, 'organisation'), ' ', ref(id, 'title', 'possessive'), ' ', ref(id, 'name')];
  return [...(filled(who.title) ? [ref(id, 'title'), ' '] : []), ref(id, 'name')];
}

/** Russian in one case: the forms the office recorded for it, or none of this person's parts (nominative) when `grammaticalCase` is undefined. */
function russian(fields: FieldValues, id: string, grammaticalCase: 'genitive' | 'instrumental' | undefined): Piece[] {
  const who = person(fields, id);
  const title = filled(who.title) ? [ref(id, 'title', grammaticalCase), ' '] : [];
  // An organisation after a title is in the genitive; without the recorded form it follows the name in brackets, unchanged.
  if (filled(who.organisation) && hasRecordedForm(who, 'organisation', 'genitive')) return [...title, ref(id, 'organisation', 'genitive'), ' ', ref(id, 'name', grammaticalCase)];
  return [...title, ref(id, 'name', grammaticalCase), ...(filled(who.organisation) ? [' (', ref(id, 'organisation'), ')'] : [])];
}

function russianHasForms(fields: FieldValues, id: string, grammaticalCase: 'genitive' | 'instrumental'): boolean {
  const who = person(fields, id);
  return hasRecordedForm(who, 'name', grammaticalCase) && (!filled(who.title) || hasRecordedForm(who, 'title', grammaticalCase));
}

function arabic(fields: FieldValues, id: string): Piece[] {
  const who = person(fields, id);
  // "رئيس الوزراء في جمهورية أذربيجان علي أسدوف": no word of what was entered needs to change.
  return [...(filled(who.title) ? [ref(id, 'title'), ' '] : []), ...(filled(who.organisation) ? ['في ', ref(id, 'organisation'), ' '] : []), ref(id, 'name')];
}

function pieces(language: string, fields: FieldValues): Piece[] | undefined {
  const hasPlace = typeof fields.location === 'string' && filled(fields.location);
  switch (documentLanguageOf(language)) {
    case 'en':
      return ['On ', ref('meetingDate'), ', ', ...english(fields, 'host'), ' met with ', ...english(fields, 'guest'), ...(hasPlace ? [' in ', ref('location')] : []), '.'];
    case 'az':
      return [ref('meetingDate', undefined, 'locative'), ' ', ...azerbaijani(fields, 'host'), ' ', ...(hasPlace ? [ref('location', undefined, 'locative'), ' '] : []), ...azerbaijani(fields, 'guest'), ' ilə görüşüb.'];
    case 'ru': {
      const place = hasPlace ? [' в городе ', ref('location', undefined, 'place')] : [];
      if (russianHasForms(fields, 'host', 'genitive') && russianHasForms(fields, 'guest', 'instrumental')) {
        return [ref('meetingDate'), ...place, ' состоялась встреча ', ...russian(fields, 'host', 'genitive'), ' с ', ...russian(fields, 'guest', 'instrumental'), '.'];
      }
      return [ref('meetingDate'), ...place, ' встретились ', ...russian(fields, 'host', undefined), ' и ', ...russian(fields, 'guest', undefined), '.'];
    }
    case 'tr':
      return [ref('meetingDate'), ' tarihinde ', ...(hasPlace ? [ref('location', undefined, 'locative'), ' '] : []), ...turkish(fields, 'host'), ', ', ...turkish(fields, 'guest'), ' ile görüştü.'];
    case 'ar':
      return ['التقى ', ...arabic(fields, 'host'), '، ', ...arabic(fields, 'guest'), '، وذلك', ...(hasPlace ? [' في ', ref('location', undefined, 'place')] : []), ' يوم ', ref('meetingDate'), '.'];
    case undefined:
      return undefined;
  }
}

/** Whether a template has the fields a meeting lede is written from. */
export function hasMeetingFields(template: BriefingTemplate): boolean {
  const type = (id: string) => template.fields.find((field) => field.id === id)?.type;
  return type('meetingDate') === 'date' && type('location') === 'text' && type('host') === 'person' && type('guest') === 'person';
}

/** The lede's inline content, or undefined for a language the app has no meeting lede for. */
export function meetingLede(language: string, fields: FieldValues): InlineNode[] | undefined {
  const sentence = pieces(language, fields);
  if (!sentence) return undefined;
  const children: InlineNode[] = [];
  for (const piece of sentence) {
    if (typeof piece === 'string') {
      const last = children.at(-1);
      if (last && 'text' in last) last.text += piece;
      else children.push({ text: piece });
    } else {
      if (children.length === 0 || !('text' in (children.at(-1) ?? {}))) children.push({ text: '' });
      children.push({ type: 'field-ref', ...piece, children: [{ text: '' }] });
    }
  }
  if (!('text' in (children.at(-1) ?? {}))) children.push({ text: '' });
  return children;
}
