import type { FieldValues } from './briefing';
import type { FieldReferenceElement } from './briefing-body';
import { formatFieldValue, isPersonValue } from './field-format';
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
  if (reference.part) {
    return { label: `${field.label} (${reference.part})`, value: isPersonValue(value) ? value[reference.part].trim() : '' };
  }
  return { label: field.label, value: formatFieldValue(field, value, language) };
}
