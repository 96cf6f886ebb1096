import { isIsoDate } from '../../shared/document/field-format';

/** Formats for the library list, in the person's own locale. */

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A calendar date stored as `YYYY-MM-DD`, shown without any time-zone shift. */
export function formatEventDate(isoDate: string | null): string {
  if (!isoDate || !isIsoDate(isoDate)) return '';
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "14:05" today, "21 Nov" earlier this year, the full date before that. */
export function formatEdited(isoTimestamp: string, now = new Date()): string {
  const edited = new Date(isoTimestamp);
  if (Number.isNaN(edited.getTime())) return '';
  if (edited.toDateString() === now.toDateString()) return timeFormat.format(edited);
  if (edited.getFullYear() === now.getFullYear()) return shortDateFormat.format(edited);
  return dateFormat.format(edited);
}
