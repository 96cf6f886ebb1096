import type { Participant } from '../../../shared/document/briefing';

export type ParticipantSide = Participant['side'];

/** The fields a person types into; `side` is chosen, not typed. */
export type ParticipantTextField = 'name' | 'title' | 'organisation' | 'role';

/**
 * Appends an empty row. The first person entered is usually the host; once a
 * host exists the next is usually someone from the other delegation.
 */
export function addParticipant(participants: readonly Participant[], id: string): Participant[] {
  const side: ParticipantSide = participants.some((participant) => participant.side === 'host') ? 'guest' : 'host';
  return [...participants, { id, name: '', title: '', organisation: '', side, role: '' }];
}

/** Replaces one field of one row; other rows keep their identity so React re-renders only the edited row. */
export function updateParticipant<K extends Exclude<keyof Participant, 'id'>>(
  participants: readonly Participant[],
  id: string,
  field: K,
  value: Participant[K],
): Participant[] {
  return participants.map((participant) => (participant.id === id ? { ...participant, [field]: value } : participant));
}

export function removeParticipant(participants: readonly Participant[], id: string): Participant[] {
  return participants.filter((participant) => participant.id !== id);
}

/**
 * Moves a row one place up (-1) or down (+1). Returns `undefined` when the row
 * is unknown or already at that end, so callers can skip a no-op save.
 */
export function moveParticipant(participants: readonly Participant[], id: string, offset: -1 | 1): Participant[] | undefined {
  const from = participants.findIndex((participant) => participant.id === id);
  const to = from + offset;
  const moved = participants[from];
  const displaced = participants[to];
  if (from < 0 || moved === undefined || displaced === undefined) return undefined;
  const next = [...participants];
  next[to] = moved;
  next[from] = displaced;
  return next;
}
