import { isIsoDate, wallClockMoment } from '../../shared/document/field-format';
import type { InterfaceFormat } from './interface-language';

/** Dates for the library list and the briefing's heading, in the interface language (`useInterfaceFormat`). */

/** A calendar date stored as `YYYY-MM-DD`, shown without any time-zone shift. */
export function formatEventDate(isoDate: string | null, format: InterfaceFormat): string {
  if (!isoDate || !isIsoDate(isoDate)) return '';
  return format.date(new Date(`${isoDate}T00:00:00Z`), 'date', { utc: true });
}

/** "14:05" today, "21 Nov" earlier this year, the full date before that. */
export function formatEdited(isoTimestamp: string, format: InterfaceFormat, now = new Date()): string {
  const edited = new Date(isoTimestamp);
  if (Number.isNaN(edited.getTime())) return '';
  if (edited.toDateString() === now.toDateString()) return format.date(edited, 'time');
  if (edited.getFullYear() === now.getFullYear()) return format.date(edited, 'day-and-month');
  return format.date(edited, 'date');
}

/**
 * A wall-clock moment stored as `YYYY-MM-DDTHH:MM` (an embargo), as "21 Nov
 * 2026, 10:00". It was entered on this computer's clock, so it is shown on it, unshifted.
 */
export function formatWallClock(value: string, format: InterfaceFormat): string {
  const moment = wallClockMoment(value);
  return moment ? format.date(moment, 'date-and-time') : value;
}
