import type { z } from 'zod';
import type { LocalisedMessage } from '../ipc/ipc-result';
import { oneLine } from '../document/one-line';
import { catalogs, type MessageKey } from './messages';

/** The zod type names a person may meet, each with its own words in the catalogs (`zodIssue.invalidType`). */
const knownTypes = new Set(['string', 'number', 'boolean', 'object', 'array', 'int', 'date']);

/**
 * What is wrong with one value, as the end of a sentence ("briefing.title — missing") in the catalogs'
 * words rather than zod's English, so the window and the command line say it in their own language.
 * The path stays as it is: it names the file's or the call's own keys.
 */
export function zodIssueMessage(issue: z.core.$ZodIssue | undefined): LocalisedMessage {
  if (!issue) return { id: 'zodIssue.other' };
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves the input out of the issue; its message still ends with what it received.
      if (/received undefined$/u.test(issue.message)) return { id: 'zodIssue.missing' };
      if (/received null$/u.test(issue.message)) return { id: 'zodIssue.empty' };
      return { id: 'zodIssue.invalidType', values: { expected: knownTypes.has(issue.expected) ? issue.expected : 'other' } };
    case 'too_big':
      return { id: 'zodIssue.tooBig', values: { origin: sizedOrigin(issue.origin), maximum: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { id: 'zodIssue.empty' };
      return { id: 'zodIssue.tooSmall', values: { origin: sizedOrigin(issue.origin), minimum: Number(issue.minimum) } };
    case 'invalid_value':
      return { id: 'zodIssue.invalidValue' };
    case 'invalid_format':
      return { id: 'zodIssue.invalidFormat' };
    case 'unrecognized_keys':
      // The keys are the file's or the caller's own: one short line, whatever they hold.
      return { id: 'zodIssue.unrecognizedKeys', values: { keys: oneLine(issue.keys.join(', '), 120) } };
    case 'custom':
      // A refinement with a catalog message of its own (a template's definition checks) says it; any other
      // schema's own refinement has its sentence written in English in the schema.
      return localisedParam(issue.params) ?? { id: 'zodIssue.custom', values: { message: oneLine(issue.message, 200) } };
    default:
      return { id: 'zodIssue.other' };
  }
}

/** A refinement's `params.localised`, when it is a catalog message: an id the English catalog has, and text values. */
function localisedParam(params: Record<string, unknown> | undefined): LocalisedMessage | undefined {
  const localised: unknown = params?.localised;
  if (typeof localised !== 'object' || localised === null || !('id' in localised) || typeof localised.id !== 'string' || !Object.hasOwn(catalogs.en, localised.id)) return undefined;
  const values: unknown = 'values' in localised ? localised.values : {};
  if (typeof values !== 'object' || values === null || Object.values(values).some((value) => typeof value !== 'string')) return undefined;
  // The values name a template's own ids: one short line each, whatever they hold.
  return { id: localised.id as MessageKey, values: Object.fromEntries(Object.entries(values as Record<string, string>).map(([name, value]) => [name, oneLine(value, 120)])) };
}

function sizedOrigin(origin: string): 'string' | 'array' | 'other' {
  return origin === 'string' || origin === 'array' ? origin : 'other';
}
