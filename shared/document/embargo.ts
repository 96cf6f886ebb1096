import type { FieldValues } from './briefing';
import { isIsoDateTime, wallClockMoment } from './field-format';

/**
 * The moment a briefing is embargoed until, as stored (`YYYY-MM-DDTHH:MM` on
 * the wall clock of the person's computer), or null when it is not embargoed
 * or the time is not set. Only the release line "embargoed" counts: a time
 * left in the field after switching to "For immediate release" is no embargo.
 */
export function embargoUntilOf(fields: FieldValues): string | null {
  const until = fields.embargoUntil;
  return fields.releaseLine === 'embargoed' && typeof until === 'string' && isIsoDateTime(until) ? until : null;
}

/** Whether an embargo until `until` (see `embargoUntilOf`) still holds at `now`: it lifts at that very minute. */
export function embargoHolds(until: string, now: Date): boolean {
  const moment = wallClockMoment(until);
  return moment !== undefined && now.getTime() < moment.getTime();
}
