import type { FieldValues } from './briefing';
import type { FieldReferenceElement } from './briefing-body';
import { formatDate, formatFieldValue, isIsoDate, isPersonValue } from './field-format';
import { dateInRunningText } from './language/date-format';
import { personPartForm, placeForm } from './language/reference-forms';

const calendarDateOf = (value: string) => {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return { year, month, day };
};
import type { BriefingTemplate } from './template';
import { fieldValueOf } from './own-fields';

export interface ResolvedReference {
  /** The field's label, with the person part when there is one ("Host (title)"). */
  label: string;
  /** What the reference shows and exports, in the briefing's language; empty when the field is not filled in. */
  value: string;
}

/** What a field reference stands for in a briefing: the editor, word counts and export all go through here. */
export function resolveFieldReference(
  reference: FieldReferenceElement,
  template: BriefingTemplate | undefined,
  fields: FieldValues,
  language: string,
): ResolvedReference {
  const field = template?.fields.find((candidate) => candidate.id === reference.fieldId);
  if (!field) return { label: reference.fieldId, value: '' };
  const value = fieldValueOf(fields, field.id);
  const { form } = reference;
  if (reference.part) {
    const part = reference.part;
    const text = isPersonValue(value) ? (form ? personPartForm(value, part, form, language) : value[part].trim()) : '';
    return { label: `${field.label} (${part})`, value: text };
  }
  if (form && typeof value === 'string' && value.trim() !== '') {
    if (field.type === 'date' && isIsoDate(value) && form === 'locative') return { label: field.label, value: dateInRunningText(calendarDateOf(value), language) ?? formatDate(value, language) };
    if (field.type === 'text') return { label: field.label, value: placeForm(value, form, language) };
  }
  return { label: field.label, value: formatFieldValue(field, value, language) };
}
