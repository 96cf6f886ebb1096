import type { FieldValue, PersonValue } from './briefing';
import type { FieldDefinition } from './template';
import { writtenDate, writtenDateTime, writtenTime } from './language/date-format';
import { documentStrings } from './language/document-language';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^([01]\d|2[0-3]):([0-5]\d)$/;
const isoDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 31 April). */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isIsoTime(value: string): boolean {
  return isoTime.test(value);
}

/** `YYYY-MM-DDTHH:MM`, a wall-clock moment as `<input type="datetime-local">` gives it. */
export function isIsoDateTime(value: string): boolean {
  const match = isoDateTime.exec(value);
  return match !== null && isIsoDate(match[1] ?? '') && isIsoTime(match[2] ?? '');
}

/**
 * The moment a `YYYY-MM-DDTHH:MM` value names, read on the wall clock of
 * this computer (where `<input type="datetime-local">` took it), so that it
 * can be compared with the time now; undefined when it is not such a value.
 */
export function wallClockMoment(value: string): Date | undefined {
  if (!isIsoDateTime(value)) return undefined;
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0] = value.split(/[-T:]/u).map(Number);
  return new Date(year, month - 1, day, hours, minutes);
}

/**
 * The locale to format and change case in for a briefing's language: the tag
 * itself when the platform's Intl can use it, otherwise English. The schema
 * takes any well-formed-looking tag ("aa-00"), and Intl throws a RangeError
 * on one it cannot use; an export or a date must not fail over that.
 */
export function formattingLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const calendarDate = (value: string) => {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return { year, month, day };
};

/**
 * A date as the briefing's language writes it: "November 21, 2025" (en),
 * "21 noyabr 2025-ci il" (az), "21 ноября 2025 года" (ru). The app's own
 * languages are written from its own data (see `language/date-format.ts`),
 * never from the runtime's locale data; other languages through `Intl`.
 * Dates are calendar days, so they never shift with the reader's time zone.
 */
export function formatDate(value: string, language: string): string {
  if (!isIsoDate(value)) return value;
  return (
    writtenDate(calendarDate(value), language) ??
    new Intl.DateTimeFormat(formattingLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`))
  );
}

export function formatTime(value: string, language: string): string {
  if (!isIsoTime(value)) return value;
  const [hours = 0, minutes = 0] = value.split(':').map(Number);
  return (
    writtenTime(hours, minutes, language) ??
    new Intl.DateTimeFormat(formattingLocale(language), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(new Date(`1970-01-01T${value}:00Z`))
  );
}

export function formatDateTime(value: string, language: string): string {
  if (!isIsoDateTime(value)) return value;
  const [date = '', time = ''] = value.split('T');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return (
    writtenDateTime(calendarDate(date), hours, minutes, language) ??
    new Intl.DateTimeFormat(formattingLocale(language), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    }).format(new Date(`${value}:00Z`))
  );
}

export function isPersonValue(value: FieldValue | undefined): value is PersonValue {
  return typeof value === 'object' && value !== null;
}

/** "Title Name" — how a person is named in running text, e.g. "Prime Minister Ali Asadov". */
export function personInText(person: PersonValue): string {
  return [person.title.trim(), person.name.trim()].filter(Boolean).join(' ');
}

/** The label of a built-in choice (release line, classification) in the briefing's language. */
function localisedOptionLabel(fieldId: string, value: string, language: string): string | undefined {
  const options: Record<string, Record<string, string> | undefined> = documentStrings(language).options;
  return options[fieldId]?.[value];
}

/** A field's value as a reader sees it in the briefing's language; empty text when it has none. */
export function formatFieldValue(field: FieldDefinition, value: FieldValue | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  if (isPersonValue(value)) return personInText(value);
  switch (field.type) {
    case 'date':
      return formatDate(value, language);
    case 'time':
      return formatTime(value, language);
    case 'date-time':
      return formatDateTime(value, language);
    case 'select':
      return localisedOptionLabel(field.id, value, language) ?? field.options.find((option) => option.value === value)?.label ?? value;
    case 'text':
    case 'long-text':
    case 'email':
    case 'phone':
    case 'person':
      return value;
  }
}

/** Whether a field counts as filled in: text with something in it, a person with a name. */
export function hasFieldValue(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (isPersonValue(value)) return value.name.trim() !== '';
  return value.trim() !== '';
}
