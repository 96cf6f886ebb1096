import ICAL from 'ical.js';
import type { Participant } from '../../shared/document/briefing';
import type { Directory } from '../../shared/directory/directory-model';
import { isSpellingOf } from '../../shared/directory/match-people';
import { personOnDate } from '../../shared/directory/person-on-date';
import type { InviteOccurrence } from '../../shared/ipc/directory-service';
import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';

/** What a briefing takes from an invitation. */
export interface InviteDetails {
  summary: string;
  /** `YYYY-MM-DD` and `HH:MM` (null for an all-day event) as the clock reads where the meeting is. */
  date: string;
  time: string | null;
  location: string;
  attendees: { name: string; email: string }[];
}

export type ReadInvite = { kind: 'event'; details: InviteDetails } | { kind: 'choose-occurrence'; summary: string; occurrences: InviteOccurrence[] };

const pad = (value: number) => String(value).padStart(2, '0');
/** How many occurrences of a recurring invite are offered to choose from. */
const occurrencesOffered = 24;

const refuse = (problem: LocalisedMessage) => new ServiceError('invalid-argument', { id: 'invite.notImported', values: { problem } });

/**
 * The wall clock of `time` where the meeting is: an invitation with a time
 * zone (TZID) already says it; a UTC time is converted to the calendar's own
 * zone (`X-WR-TIMEZONE`, as Google Calendar writes it) or else to this
 * computer's; a floating time is taken as written.
 */
function wallClock(time: ICAL.Time, calendarZone: string | undefined): { date: string; time: string | null } {
  if (time.isDate) return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: null };
  if (time.zone?.tzid !== 'UTC') return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: `${pad(time.hour)}:${pad(time.minute)}` };
  const instant = time.toJSDate();
  if (calendarZone) {
    try {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', { timeZone: calendarZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
          .formatToParts(instant)
          .map((part) => [part.type, part.value]),
      );
      return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
    } catch {
      // An unknown zone name: fall through to this computer's zone.
    }
  }
  return { date: `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`, time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}` };
}

const occurrenceLabel = (time: ICAL.Time) => `${time.year}-${pad(time.month)}-${pad(time.day)}${time.isDate ? '' : ` ${pad(time.hour)}:${pad(time.minute)}`}`;

/**
 * Reads the first event of an .ics file. A recurring event without a chosen
 * `occurrence` asks which one (the first 24 occurrences); with one, that
 * occurrence as it really is (a moved occurrence keeps its new time).
 */
export function readInvite(contents: string, occurrence: string | undefined): ReadInvite {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(contents) as unknown[]);
  } catch {
    throw refuse({ id: 'invite.notIcs' });
  }
  if (calendar.name !== 'vcalendar') throw refuse({ id: 'invite.notIcs' });
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent');
  const master = events.find((event) => !event.hasProperty('recurrence-id')) ?? events[0];
  if (!master) throw refuse({ id: 'invite.noEvent' });
  const event = new ICAL.Event(master, { exceptions: events.filter((candidate) => candidate !== master && candidate.hasProperty('recurrence-id')) });
  if (!event.startDate) throw refuse({ id: 'invite.noStart' });
  const calendarZoneValue = calendar.getFirstPropertyValue('x-wr-timezone');
  const calendarZone = typeof calendarZoneValue === 'string' ? calendarZoneValue : undefined;
  const summary = (event.summary ?? '').trim();

  let start = event.startDate;
  let source = event;
  if (event.isRecurring()) {
    if (occurrence === undefined) {
      const iterator = event.iterator();
      const occurrences: InviteOccurrence[] = [];
      for (let next = iterator.next(); next && occurrences.length < occurrencesOffered; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        occurrences.push({ recurrenceId: next.toString(), start: occurrenceLabel(details.startDate) });
      }
      return { kind: 'choose-occurrence', summary, occurrences };
    }
    const iterator = event.iterator();
    let found: ICAL.Time | undefined;
    for (let next = iterator.next(), count = 0; next && count < 10_000; next = iterator.next(), count += 1) {
      if (next.toString() === occurrence) {
        found = next;
        break;
      }
    }
    if (!found) throw refuse({ id: 'invite.noOccurrence', values: { occurrence } });
    const details = event.getOccurrenceDetails(found);
    start = details.startDate;
    source = details.item;
  }
  const attendees = source.attendees.map((attendee) => {
    const address = String(attendee.getFirstValue() ?? '').replace(/^mailto:/i, '').trim();
    const name = String(attendee.getParameter('cn') ?? '').trim();
    return { name: name || address, email: address };
  });
  return { kind: 'event', details: { summary, ...wallClock(start, calendarZone), location: (source.location ?? '').trim(), attendees } };
}

/**
 * Participants from the invite's attendees: a directory person found by
 * e-mail, then by any spelling of the name, fills the row in the briefing's
 * language as on the meeting date; anyone else is a row with the name (or
 * address) the invite gives.
 */
export function participantsFromAttendees(
  attendees: InviteDetails['attendees'],
  directory: Directory,
  language: string,
  date: string,
): { participants: Participant[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const participants = attendees.map((attendee, index): Participant => {
    const email = attendee.email.toLowerCase();
    const person =
      directory.people.find((candidate) => email !== '' && candidate.email?.toLowerCase() === email) ??
      directory.people.find((candidate) => isSpellingOf(candidate, attendee.name));
    const id = `invite-${index + 1}`;
    if (!person) {
      unmatched.push(attendee.name);
      return { id, name: attendee.name, title: '', organisation: '', side: 'other', role: '' };
    }
    return { id, ...personOnDate(person, directory.organisations, language, date).value, side: 'other', role: '' };
  });
  return { participants, unmatched };
}
