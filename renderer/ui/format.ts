import { isIsoDate, wallClockMoment } from '../../shared/document/field-format';

/** Formats for the library list, in the person's own locale. */

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const momentFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

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

/**
 * A wall-clock moment stored as `YYYY-MM-DDTHH:MM` (an embargo), as "21 Nov
 * 2026, 10:00" in the person's locale. It was entered on this computer's
 * clock, so it is shown on it, unshifted.
 */
export function formatWallClock(value: string): string {
  const moment = wallClockMoment(value);
  return moment ? momentFormat.format(moment) : value;
}
