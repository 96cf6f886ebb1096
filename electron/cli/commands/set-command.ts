import { briefingStatuses, languageTagSchema, type FieldValue, type FieldValues, type PersonValue } from '../../../shared/document/briefing';
import { isIsoDate, isIsoDateTime, isIsoTime, isPersonValue } from '../../../shared/document/field-format';
import { findTransition, transitionsFrom } from '../../../shared/document/workflow';
import type { BriefingTemplate, FieldDefinition } from '../../../shared/document/template';
import type { MessageKey, Translate } from '../../../shared/i18n/messages';
import { transitionMessage } from '../../../shared/i18n/status-labels';
import { CommandFailure, UsageError } from '../cli-context';
import { oneOf, parseCommandArguments, type CliCommand } from '../command';
import { requireBriefingId } from './briefing-id';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

const personParts = ['name', 'title', 'organisation'] as const;
type PersonPartName = (typeof personParts)[number];

/** The sentence that refuses a value of the wrong form for its field type, or undefined when the value fits. */
function valueProblem(t: Translate, field: FieldDefinition, value: string): string | undefined {
  const refuse = (key: MessageKey) => t(key, { field: field.label, value });
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? undefined : refuse('cli.set.badDate');
    case 'time':
      return isIsoTime(value) ? undefined : refuse('cli.set.badTime');
    case 'date-time':
      return isIsoDateTime(value) ? undefined : refuse('cli.set.badDateTime');
    case 'select':
      return field.options.some((option) => option.value === value)
        ? undefined
        : t('cli.set.badChoice', { field: field.label, value, options: field.options.map((option) => option.value).join(', ') });
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
export function assignFields(t: Translate, template: BriefingTemplate, current: FieldValues, assignments: readonly string[]): FieldValues {
  const fields: FieldValues = { ...current };
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw new UsageError(t('cli.set.fieldSyntax', { assignment }));
    const [id = '', part] = assignment.slice(0, equals).split('.', 2) as [string, string | undefined];
    const value = assignment.slice(equals + 1);
    const field = template.fields.find((candidate) => candidate.id === id);
    if (!field) throw new CommandFailure(t('cli.set.unknownField', { template: template.name, field: id, fields: template.fields.map((candidate) => candidate.id).join(', ') }));
    if (field.type === 'person') {
      if (!personParts.includes(part as PersonPartName)) throw new CommandFailure(t('cli.set.personParts', { field: field.label, id }));
      const existing: FieldValue | undefined = Object.hasOwn(fields, id) ? fields[id] : undefined;
      const person: PersonValue = isPersonValue(existing) ? { name: existing.name, title: existing.title, organisation: existing.organisation } : { name: '', title: '', organisation: '' };
      // Typed by hand, the person is no longer the directory's entry, and its recorded forms no longer apply.
      person[part as PersonPartName] = value.trim();
      fields[id] = person.name === '' && person.title === '' && person.organisation === '' ? null : person;
      continue;
    }
    if (part !== undefined) throw new CommandFailure(t('cli.set.noParts', { field: field.label, id }));
    if (value === '') {
      fields[id] = null;
      continue;
    }
    const problem = valueProblem(t, field, value);
    if (problem) throw new CommandFailure(problem);
    fields[id] = value;
  }
  return fields;
}

/** `set ID`: the title, the language and the details of a briefing, as the Details panel sets them. */
export const setCommand: CliCommand = {
  name: 'set',
  usage: 'ID [--title T] [--language LANG] [--field NAME=VALUE]... (NAME.name|title|organisation for a person; NAME= clears)',
  summary: 'cli.set.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 
      'set',
      args,
      { title: { type: 'string' }, language: { type: 'string' }, field: { type: 'string', multiple: true } },
      { min: 1, max: 1, missing: 'cli.args.missingBriefingId' },
    );
    if (values.title === undefined && values.language === undefined && (values.field ?? []).length === 0) {
      throw new UsageError(context.t('cli.set.nothing'));
    }
    if (values.language !== undefined && !languageTagSchema.safeParse(values.language).success) {
      throw new UsageError(context.t('cli.set.badLanguage', { language: values.language }));
    }
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const template = await services.call('templates', 'get', briefing.templateId);
    const fields = values.field && values.field.length > 0 ? assignFields(context.t, localisedTemplate(template, context.t), briefing.fields, values.field) : undefined;
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
  summary: 'cli.status.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'status', args, { reason: { type: 'string' } }, { min: 2, max: 2, missing: 'cli.args.missingBriefingIdAndStatus' });
    const status = oneOf(context.t, 'status', 'status', positionals[1], briefingStatuses);
    if (status === undefined) throw new UsageError(context.t('cli.status.missing'));
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    if (briefing.status === status) throw new CommandFailure(context.t('cli.status.already', { status }));
    const transition = findTransition(briefing.status, status);
    if (!transition) {
      // The statuses as this command takes them on its command line.
      const next = transitionsFrom(briefing.status).map((candidate) => candidate.to);
      throw new CommandFailure(context.t('cli.status.notNext', { status: briefing.status, next: new Intl.ListFormat(context.language, { type: 'disjunction' }).format(next), wanted: status }));
    }
    if (transition.needsReason && !values.reason?.trim()) throw new CommandFailure(context.t('cli.status.needsReason', { action: context.t(transitionMessage(transition)) }));
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
