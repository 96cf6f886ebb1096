import { briefingStatuses, languageTagSchema, type FieldValue, type FieldValues, type PersonValue } from '../../../shared/document/briefing';
import { isIsoDate, isIsoDateTime, isIsoTime, isPersonValue } from '../../../shared/document/field-format';
import { findTransition, transitionsFrom } from '../../../shared/document/workflow';
import type { BriefingTemplate, FieldDefinition } from '../../../shared/document/template';
import { CommandFailure, UsageError } from '../cli-context';
import { oneOf, parseCommandArguments, type CliCommand } from '../command';
import { requireBriefingId } from './briefing-id';

const personParts = ['name', 'title', 'organisation'] as const;
type PersonPartName = (typeof personParts)[number];

/** What a value of each field type must look like, in the words of the sentence that refuses it. */
function valueProblem(field: FieldDefinition, value: string): string | undefined {
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? undefined : 'a date as YYYY-MM-DD, such as 2025-11-21';
    case 'time':
      return isIsoTime(value) ? undefined : 'a time as HH:MM, such as 14:30';
    case 'date-time':
      return isIsoDateTime(value) ? undefined : 'a date and time as YYYY-MM-DDTHH:MM, such as 2025-11-21T14:30';
    case 'select':
      return field.options.some((option) => option.value === value) ? undefined : `one of ${field.options.map((option) => option.value).join(', ')}`;
    default:
      return undefined;
  }
}

/**
 * The fields after `assignments` ("meetingDate=2025-11-21", "host.name=Əli
 * Əsədov", "location=" to clear): each checked against the template's
 * definition, so a typo or a malformed date is one sentence and nothing is
 * saved.
 */
export function assignFields(template: BriefingTemplate, current: FieldValues, assignments: readonly string[]): FieldValues {
  const fields: FieldValues = { ...current };
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw new UsageError(`set: --field takes NAME=VALUE (got "${assignment}").`);
    const [id = '', part] = assignment.slice(0, equals).split('.', 2) as [string, string | undefined];
    const value = assignment.slice(equals + 1);
    const field = template.fields.find((candidate) => candidate.id === id);
    if (!field) throw new CommandFailure(`The template "${template.name}" has no field "${id}"; its fields are ${template.fields.map((candidate) => candidate.id).join(', ')}.`);
    if (field.type === 'person') {
      if (!personParts.includes(part as PersonPartName)) throw new CommandFailure(`${field.label} is a person: set ${id}.name, ${id}.title or ${id}.organisation.`);
      const existing: FieldValue | undefined = Object.hasOwn(fields, id) ? fields[id] : undefined;
      const person: PersonValue = isPersonValue(existing) ? { name: existing.name, title: existing.title, organisation: existing.organisation } : { name: '', title: '', organisation: '' };
      // Typed by hand, the person is no longer the directory's entry, and its recorded forms no longer apply.
      person[part as PersonPartName] = value.trim();
      fields[id] = person.name === '' && person.title === '' && person.organisation === '' ? null : person;
      continue;
    }
    if (part !== undefined) throw new CommandFailure(`${field.label} has no parts; set it as ${id}=VALUE.`);
    if (value === '') {
      fields[id] = null;
      continue;
    }
    const problem = valueProblem(field, value);
    if (problem) throw new CommandFailure(`${field.label} must be ${problem} (got "${value}").`);
    fields[id] = value;
  }
  return fields;
}

/** `set ID`: the title, the language and the details of a briefing, as the Details panel sets them. */
export const setCommand: CliCommand = {
  name: 'set',
  usage: 'ID [--title T] [--language LANG] [--field NAME=VALUE]... (NAME.name|title|organisation for a person; NAME= clears)',
  summary: "set a briefing's title, language or details; prints the new revision",
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      'set',
      args,
      { title: { type: 'string' }, language: { type: 'string' }, field: { type: 'string', multiple: true } },
      { min: 1, max: 1, names: 'the briefing ID' },
    );
    if (values.title === undefined && values.language === undefined && (values.field ?? []).length === 0) {
      throw new UsageError('set: give --title, --language or at least one --field NAME=VALUE.');
    }
    if (values.language !== undefined && !languageTagSchema.safeParse(values.language).success) {
      throw new UsageError(`set: --language needs a language tag such as "en", "az", "ru", "tr" or "ar", not "${values.language}".`);
    }
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    const template = await services.call('templates', 'get', briefing.templateId);
    const fields = values.field && values.field.length > 0 ? assignFields(template, briefing.fields, values.field) : undefined;
    const saved = await services.call('briefings', 'save', {
      id: briefing.id,
      baseRevision: briefing.revision,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.language !== undefined ? { language: values.language } : {}),
      ...(fields ? { fields } : {}),
    });
    context.io.stdout(`${saved.revision}\n`);
    return 0;
  },
};

/** `status ID STATUS`: one step of the review workflow, as the app's status menu takes it. */
export const statusCommand: CliCommand = {
  name: 'status',
  usage: `ID ${briefingStatuses.join('|')} [--reason R]`,
  summary: 'move a briefing through the workflow (a reason is needed to go back to draft)',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('status', args, { reason: { type: 'string' } }, { min: 2, max: 2, names: 'the briefing ID and the new status' });
    const status = oneOf('status', 'status', positionals[1], briefingStatuses);
    if (status === undefined) throw new UsageError('status: missing the new status.');
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    if (briefing.status === status) throw new CommandFailure(`The briefing is already ${status}.`);
    const transition = findTransition(briefing.status, status);
    if (!transition) {
      throw new CommandFailure(`A briefing that is ${briefing.status} can go to ${transitionsFrom(briefing.status).map((next) => next.to).join(' or ')}, not ${status}.`);
    }
    if (transition.needsReason && !values.reason?.trim()) throw new CommandFailure(`"${transition.action}" needs a reason, for the record: add --reason "…".`);
    await services.call('briefings', 'changeStatus', {
      id: briefing.id,
      baseRevision: briefing.revision,
      status,
      ...(values.reason !== undefined ? { reason: values.reason } : {}),
    });
    context.io.stdout(`${status}\n`);
    return 0;
  },
};
