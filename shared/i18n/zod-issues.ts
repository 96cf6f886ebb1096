import type { z } from 'zod';
import type { LocalisedMessage } from '../ipc/ipc-result';
import { oneLine } from '../document/one-line';

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
      // A schema's own refinement: its sentence is written in English in the schema.
      return { id: 'zodIssue.custom', values: { message: oneLine(issue.message, 200) } };
    default:
      return { id: 'zodIssue.other' };
  }
}

function sizedOrigin(origin: string): 'string' | 'array' | 'other' {
  return origin === 'string' || origin === 'array' ? origin : 'other';
}
