import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/document/briefing';
import { addParticipant, moveParticipant, removeParticipant, updateParticipant } from './participant-rows';

const row = (id: string, side: Participant['side'] = 'guest'): Participant => ({ id, name: id, title: '', organisation: '', side, role: '' });

describe('participant rows', () => {
  it('adds the host first, then guests', () => {
    const first = addParticipant([], 'a');
    expect(first).toEqual([{ id: 'a', name: '', title: '', organisation: '', side: 'host', role: '' }]);
    expect(addParticipant(first, 'b')[1]?.side).toBe('guest');
    expect(addParticipant([row('x', 'other')], 'b')[1]?.side).toBe('host');
  });

  it('updates one field of one row and leaves the others untouched', () => {
    const rows = [row('a'), row('b')];
    const next = updateParticipant(rows, 'b', 'name', 'Əli Əsədov ');
    expect(next[1]?.name).toBe('Əli Əsədov ');
    expect(next[0]).toBe(rows[0]);
    expect(rows[1]?.name).toBe('b');
  });

  it('removes a row by id', () => {
    expect(removeParticipant([row('a'), row('b'), row('c')], 'b').map((participant) => participant.id)).toEqual(['a', 'c']);
  });

  it('moves a row up or down and refuses to move past either end', () => {
    const rows = [row('a'), row('b'), row('c')];
    expect(moveParticipant(rows, 'b', -1)?.map((participant) => participant.id)).toEqual(['b', 'a', 'c']);
    expect(moveParticipant(rows, 'b', 1)?.map((participant) => participant.id)).toEqual(['a', 'c', 'b']);
    expect(moveParticipant(rows, 'a', -1)).toBeUndefined();
    expect(moveParticipant(rows, 'c', 1)).toBeUndefined();
    expect(moveParticipant(rows, 'missing', 1)).toBeUndefined();
  });
});
