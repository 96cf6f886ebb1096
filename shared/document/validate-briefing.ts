import { inlineGroupsOf } from './table-normalization';
import type { Briefing, FieldValues } from './briefing';
import { hasFieldValue, isIsoDate, isIsoDateTime, isIsoTime, isPersonValue, wallClockMoment } from './field-format';
import type { BriefingTemplate, FieldDefinition } from './template';
import { sectionPlainText } from './text-stats';
import { fieldValueOf } from './own-fields';

export interface ValidationIssue {
  /** A required value not given, a value in the wrong form, a reference to an empty field, an empty required section. */
  kind: 'missing' | 'invalid' | 'empty-reference' | 'empty-section';
  /** The field the issue is about, so the Details form can show it in place. */
  fieldId?: string;
  /** The body section the issue is about. */
  sectionId?: string;
  message: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;
const phonePattern = /^\+?[\d\s().-]{6,}$/u;

function isRequired(field: FieldDefinition, fields: FieldValues): boolean {
  if (field.required) return true;
  if (!field.requiredWhen) return false;
  return fieldValueOf(fields, field.requiredWhen.field) === field.requiredWhen.equals;
}

/** The malformed-value message for a filled-in field, or undefined when the value is fine. */
function formatProblem(field: FieldDefinition, value: FieldValues[string] | undefined, now: Date): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isPersonValue(value)) return field.type === 'person' ? undefined : `${field.label} should be text.`;
  if (value.trim() === '') return undefined;
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? undefined : `${field.label} is not a valid date.`;
    case 'time':
      return isIsoTime(value) ? undefined : `${field.label} is not a valid time.`;
    case 'date-time': {
      if (!isIsoDateTime(value)) return `${field.label} is not a valid date and time.`;
      const moment = wallClockMoment(value);
      if (field.mustBeFuture && moment && moment.getTime() <= now.getTime()) return `${field.label} is in the past.`;
      return undefined;
    }
    case 'email':
      return emailPattern.test(value.trim()) ? undefined : `${field.label} is not a valid e-mail address.`;
    case 'phone':
      return phonePattern.test(value.trim()) && (value.match(/\d/g)?.length ?? 0) >= 6 ? undefined : `${field.label} is not a valid phone number.`;
    case 'select':
      return field.options.some((option) => option.value === value) ? undefined : `${field.label} has a value that is not one of its choices.`;
    case 'person':
      return `${field.label} should name a person.`;
    case 'text':
    case 'long-text':
      return undefined;
  }
}

/**
 * What is missing or malformed in a briefing, for the Details form to show in
 * place and for export to list before anything leaves the building.
 */
export function validateBriefing(briefing: Pick<Briefing, 'fields' | 'body'>, template: BriefingTemplate, now: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of template.fields) {
    const value = fieldValueOf(briefing.fields, field.id);
    if (isRequired(field, briefing.fields) && !hasFieldValue(value)) {
      issues.push({
        kind: 'missing',
        fieldId: field.id,
        message: field.type === 'person' ? `${field.label}: a name is required.` : `${field.label} is required.`,
      });
      continue;
    }
    const problem = formatProblem(field, value, now);
    if (problem) issues.push({ kind: 'invalid', fieldId: field.id, message: problem });
  }
  // A reference to an empty field would print nothing in the middle of a sentence.
  const flagged = new Set<string>();
  for (const section of briefing.body) {
    for (const block of section.children) {
      for (const node of inlineGroupsOf(block).flat()) {
        if (!('type' in node) || node.type !== 'field-ref') continue;
        const field = template.fields.find((candidate) => candidate.id === node.fieldId);
        const value = fieldValueOf(briefing.fields, node.fieldId);
        const filled = node.part ? isPersonValue(value) && value[node.part].trim() !== '' : hasFieldValue(value);
        const key = `${section.sectionId}/${node.fieldId}/${node.part ?? ''}`;
        if (filled || flagged.has(key)) continue;
        flagged.add(key);
        const label = field ? (node.part ? `${field.label} (${node.part})` : field.label) : node.fieldId;
        issues.push({
          kind: 'empty-reference',
          sectionId: section.sectionId,
          fieldId: node.fieldId,
          message: `“${section.heading || 'Body'}” refers to ${label}, which is empty.`,
        });
      }
    }
  }
  for (const section of briefing.body) {
    if (!section.required) continue;
    // A field reference counts as content: the section says something even before the field is filled.
    if (sectionPlainText(section, () => 'field').trim() === '') issues.push({ kind: 'empty-section', sectionId: section.sectionId, message: `The section “${section.heading || 'Body'}” is empty.` });
  }
  return issues;
}
