import { inlineGroupsOf } from './table-normalization';
import type { Briefing, FieldValues } from './briefing';
import { hasFieldValue, isIsoDate, isIsoDateTime, isIsoTime, isPersonValue, wallClockMoment } from './field-format';
import type { BriefingTemplate, FieldDefinition } from './template';
import { sectionPlainText } from './text-stats';
import { fieldValueOf } from './own-fields';
import { english } from '../i18n/english';
import type { Translate } from '../i18n/messages';
import type { FieldReferenceElement, SectionElement } from './briefing-body';
import { perBlock } from './per-block';

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
function formatProblem(field: FieldDefinition, value: FieldValues[string] | undefined, now: Date, t: Translate): string | undefined {
  if (value === null || value === undefined) return undefined;
  const values = { field: field.label };
  if (isPersonValue(value)) return field.type === 'person' ? undefined : t('validation.shouldBeText', values);
  if (value.trim() === '') return undefined;
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? undefined : t('validation.badDate', values);
    case 'time':
      return isIsoTime(value) ? undefined : t('validation.badTime', values);
    case 'date-time': {
      if (!isIsoDateTime(value)) return t('validation.badDateTime', values);
      const moment = wallClockMoment(value);
      if (field.mustBeFuture && moment && moment.getTime() <= now.getTime()) return t('validation.inPast', values);
      return undefined;
    }
    case 'email':
      return emailPattern.test(value.trim()) ? undefined : t('validation.badEmail', values);
    case 'phone':
      return phonePattern.test(value.trim()) && (value.match(/\d/g)?.length ?? 0) >= 6 ? undefined : t('validation.badPhone', values);
    case 'select':
      return field.options.some((option) => option.value === value) ? undefined : t('validation.notAChoice', values);
    case 'person':
      return t('validation.shouldBePerson', values);
    case 'text':
    case 'long-text':
      return undefined;
  }
}

/**
 * A section's field references, in order. Kept per section object, as is whether a section says anything: validation
 * runs on every keystroke, which changes one section, so it reads the others from here.
 */
const sectionFieldReferences = perBlock((section: SectionElement) =>
  section.children.flatMap((block) => inlineGroupsOf(block).flat()).filter((node): node is FieldReferenceElement => 'type' in node && node.type === 'field-ref'),
);
/** A field reference counts as content: the section says something even before the field is filled. */
const sectionSaysSomething = perBlock((section: SectionElement) => sectionPlainText(section, () => 'field').trim() !== '');

/**
 * What is missing or malformed in a briefing, for the Details form to show in
 * place and for export to list before anything leaves the building. The
 * messages are in the language of `t`: the window's, or English.
 */
export function validateBriefing(briefing: Pick<Briefing, 'fields' | 'body'>, template: BriefingTemplate, now: Date, t: Translate = english): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of template.fields) {
    const value = fieldValueOf(briefing.fields, field.id);
    if (isRequired(field, briefing.fields) && !hasFieldValue(value)) {
      issues.push({
        kind: 'missing',
        fieldId: field.id,
        message: t(field.type === 'person' ? 'validation.personRequired' : 'validation.required', { field: field.label }),
      });
      continue;
    }
    const problem = formatProblem(field, value, now, t);
    if (problem) issues.push({ kind: 'invalid', fieldId: field.id, message: problem });
  }
  // A reference to an empty field would print nothing in the middle of a sentence.
  const flagged = new Set<string>();
  for (const section of briefing.body) {
    for (const node of sectionFieldReferences(section)) {
      const field = template.fields.find((candidate) => candidate.id === node.fieldId);
      const value = fieldValueOf(briefing.fields, node.fieldId);
      const filled = node.part ? isPersonValue(value) && value[node.part].trim() !== '' : hasFieldValue(value);
      const key = `${section.sectionId}/${node.fieldId}/${node.part ?? ''}`;
      if (filled || flagged.has(key)) continue;
      flagged.add(key);
      const label = field ? (node.part ? t('validation.fieldPart', { field: field.label, part: node.part }) : field.label) : node.fieldId;
      issues.push({
        kind: 'empty-reference',
        sectionId: section.sectionId,
        fieldId: node.fieldId,
        message: t('validation.emptyReference', { section: section.heading || t('validation.body'), field: label }),
      });
    }
  }
  for (const section of briefing.body) {
    if (section.required && !sectionSaysSomething(section)) issues.push({ kind: 'empty-section', sectionId: section.sectionId, message: t('validation.emptySection', { section: section.heading || t('validation.body') }) });
  }
  return issues;
}
