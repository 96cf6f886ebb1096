import { z } from 'zod';
import { blockSchema, headingLevelSchema, listTypeSchema } from './briefing-body';
import { languageTagSchema } from './briefing';
import { english } from '../i18n/english';
import type { MessageKey } from '../i18n/messages';

type CheckValues = Readonly<Record<string, string>>;

/**
 * A definition check's issue: its English sentence for logs and its catalog message in `params.localised`, which
 * `zodIssueMessage` hands on, so a person reads the check in the interface language. The ids stay as written.
 */
function definitionIssue(id: MessageKey, values: CheckValues = {}) {
  return { code: 'custom' as const, message: english(id, values), params: { localised: { id, values } } };
}

export const fieldTypes = ['text', 'long-text', 'date', 'time', 'date-time', 'select', 'person', 'email', 'phone'] as const;

const fieldBase = {
  /** Key in `briefing.fields`. */
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/),
  label: z.string().min(1),
  required: z.boolean(),
  /** Required only while another field has a given value (an embargo time when the release line is "embargoed"). */
  requiredWhen: z.strictObject({ field: z.string(), equals: z.string() }).optional(),
  help: z.string().optional(),
};

export const fieldDefinitionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...fieldBase, type: z.literal('text') }),
  z.strictObject({ ...fieldBase, type: z.literal('long-text') }),
  z.strictObject({ ...fieldBase, type: z.literal('date') }),
  z.strictObject({ ...fieldBase, type: z.literal('time') }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('date-time'),
    /** A moment that must still be ahead when the briefing goes out, such as an embargo. */
    mustBeFuture: z.boolean().optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('email') }),
  z.strictObject({ ...fieldBase, type: z.literal('phone') }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('select'),
    options: z.array(z.strictObject({ value: z.string(), label: z.string() })).min(1),
    defaultValue: z.string().optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('person') }),
]);
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;
export type FieldType = FieldDefinition['type'];

/** What a new section starts with. */
export const sectionStartSchema = z.discriminatedUnion('block', [
  z.strictObject({ block: z.literal('paragraph') }),
  z.strictObject({ block: z.literal('list-item'), listType: listTypeSchema }),
  z.strictObject({ block: z.literal('heading'), level: headingLevelSchema }),
]);

export const sectionDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
  heading: z.string(),
  guidance: z.string(),
  required: z.boolean(),
  locked: z.boolean(),
  start: sectionStartSchema,
  /** Starting text, for a template saved from a briefing with its content kept. */
  content: z.array(blockSchema).min(1).optional(),
});
export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;

export const briefingTemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
    name: z.string().min(1),
    description: z.string(),
    builtIn: z.boolean(),
    defaultLanguage: languageTagSchema,
    /** Suggested title of a new briefing. */
    defaultTitle: z.string(),
    fields: z.array(fieldDefinitionSchema),
    /** The date field the library shows and sorts by, if any. */
    eventDateField: z.string().nullable(),
    /** Whether briefings from this template carry a participants table. */
    hasParticipants: z.boolean(),
    sections: z.array(sectionDefinitionSchema).min(1),
    /**
     * How "Draft lede" writes the opening sentence, per language: text with
     * `{fieldId}` or `{personField.part}` where field references go.
     */
    lede: z
      .strictObject({
        sectionId: z.string(),
        patterns: z.record(z.string(), z.string().min(1)).refine((patterns) => 'en' in patterns, { message: 'an English pattern is required', params: { localised: { id: 'templateCheck.ledeEnglish' } } }),
      })
      .optional(),
  })
  .superRefine((template, context) => {
    const fieldIds = template.fields.map((field) => field.id);
    if (new Set(fieldIds).size !== fieldIds.length) {
      context.addIssue(definitionIssue('templateCheck.repeatsFieldId', { template: template.id }));
    }
    const sectionIds = template.sections.map((section) => section.id);
    if (new Set(sectionIds).size !== sectionIds.length) {
      context.addIssue(definitionIssue('templateCheck.repeatsSectionId', { template: template.id }));
    }
    for (const field of template.fields) {
      if (field.requiredWhen && !fieldIds.includes(field.requiredWhen.field)) {
        context.addIssue(definitionIssue('templateCheck.unknownDependency', { field: field.id, other: field.requiredWhen.field }));
      }
    }
    if (template.lede) {
      if (!sectionIds.includes(template.lede.sectionId)) {
        context.addIssue(definitionIssue('templateCheck.ledeSection', { section: template.lede.sectionId }));
      }
      for (const [language, pattern] of Object.entries(template.lede.patterns)) {
        for (const [, fieldId = '', part] of pattern.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)(?:\.([a-z]+))?\}/g)) {
          const field = template.fields.find((candidate) => candidate.id === fieldId);
          if (!field || (part !== undefined && (field.type !== 'person' || !['name', 'title', 'organisation'].includes(part)))) {
            context.addIssue(definitionIssue('templateCheck.ledeField', { language, reference: `{${fieldId}${part ? `.${part}` : ''}}` }));
          }
        }
      }
    }
    if (template.eventDateField !== null) {
      const field = template.fields.find((candidate) => candidate.id === template.eventDateField);
      if (field?.type !== 'date') {
        context.addIssue(definitionIssue('templateCheck.eventDateField', { field: template.eventDateField }));
      }
    }
  });
export type BriefingTemplate = z.infer<typeof briefingTemplateSchema>;
