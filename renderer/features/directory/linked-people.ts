import type { FieldValues, Participant, PersonValue } from '../../../shared/document/briefing';
import { isPersonValue } from '../../../shared/document/field-format';
import type { Directory } from '../../../shared/directory/directory-model';
import { findPerson, personOnDate } from '../../../shared/directory/person-on-date';

const parts = ['name', 'title', 'organisation'] as const;

/** The directory's value for a linked person in this language on this date, or undefined when it is not linked (or no longer in the directory). */
function expected(value: Pick<PersonValue, 'personId'>, directory: Directory, language: string, date: string | null): PersonValue | undefined {
  const person = value.personId ? findPerson(directory, value.personId) : undefined;
  return person ? personOnDate(person, directory.organisations, language, date).value : undefined;
}

const differs = (current: PersonValue, wanted: PersonValue) =>
  parts.some((part) => current[part] !== wanted[part]) || JSON.stringify(current.forms ?? null) !== JSON.stringify(wanted.forms ?? null);

/** How many linked rows and person fields no longer say what the directory has for this language and date. */
export function staleLinkedPeople(fields: FieldValues, participants: readonly Participant[], directory: Directory, language: string, date: string | null): number {
  const values: PersonValue[] = [...Object.values(fields).filter(isPersonValue), ...participants];
  return values.filter((value) => {
    const wanted = expected(value, directory, language, date);
    return wanted !== undefined && differs(value, wanted);
  }).length;
}

/** Every linked row and person field as the directory has it for this language and date; the rest untouched. */
export function refreshLinkedPeople(
  fields: FieldValues,
  participants: readonly Participant[],
  directory: Directory,
  language: string,
  date: string | null,
): { fields: FieldValues; participants: Participant[] } {
  const refreshed = <Value extends PersonValue>(value: Value): Value => {
    const wanted = expected(value, directory, language, date);
    if (!wanted || !differs(value, wanted)) return value;
    const { forms: _forms, ...rest } = value;
    return { ...rest, ...wanted } as Value;
  };
  return {
    fields: Object.fromEntries(Object.entries(fields).map(([id, value]) => [id, isPersonValue(value) ? refreshed(value) : value])),
    participants: participants.map(refreshed),
  };
}

/** A row filled from the directory: its text, the person's id and the recorded forms replace what was typed. */
export function linkParticipant(participants: readonly Participant[], id: string, value: PersonValue): Participant[] {
  return participants.map((participant) => {
    if (participant.id !== id) return participant;
    const { personId: _personId, forms: _forms, ...rest } = participant;
    return { ...rest, ...value };
  });
}

/** The name typed over: the row keeps its text but is no longer the directory's. */
export function unlinkParticipant(participants: readonly Participant[], id: string, name: string): Participant[] {
  return participants.map((participant) => {
    if (participant.id !== id) return participant;
    const { personId: _personId, forms: _forms, ...rest } = participant;
    return { ...rest, name };
  });
}
