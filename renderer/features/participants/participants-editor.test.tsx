import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Participant } from '../../../shared/document/briefing';
import { ParticipantsEditor } from './participants-editor';

const asadov: Participant = {
  id: 'p-asadov',
  name: 'Ali Asadov',
  title: 'Prime Minister',
  organisation: 'Republic of Azerbaijan',
  side: 'host',
  role: 'Head of delegation',
};
const bogdanMartin: Participant = {
  id: 'p-bogdan-martin',
  name: 'Doreen Bogdan-Martin',
  title: 'Secretary-General',
  organisation: 'International Telecommunication Union',
  side: 'guest',
  role: 'Head of delegation',
};
const note: Participant = { id: 'p-note', name: 'Note taker', title: '', organisation: '', side: 'other', role: '' };

/** Holds the list the way the briefing view does, so each edit re-renders with what onChange reported. */
function Harness({ initial, onChange, readOnly }: { initial: Participant[]; onChange?: (next: Participant[]) => void; readOnly?: boolean }) {
  const [participants, setParticipants] = useState(initial);
  return (
    <ParticipantsEditor
      participants={participants}
      readOnly={readOnly}
      onChange={(next) => {
        onChange?.(next);
        setParticipants(next);
      }}
    />
  );
}

const names = () => screen.getAllByRole<HTMLInputElement>('textbox', { name: /^Name, row/ }).map((input) => input.value);
const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });

describe('ParticipantsEditor', () => {
  afterEach(cleanup);

  it('shows each participant as a card with labelled fields', () => {
    render(<Harness initial={[asadov, bogdanMartin]} />);
    expect(screen.getByRole('heading', { name: /Participants/ }).textContent).toContain('2');
    const list = screen.getByRole('list', { name: /Participants/ });
    expect(screen.getAllByRole('listitem').length).toBe(2);
    const second = screen.getByRole('group', { name: 'Participant 2' });
    expect(Array.from(second.querySelectorAll('label')).map((label) => label.textContent)).toEqual(['Name', 'Title', 'Organisation', 'Side', 'Role']);
    expect(list.contains(second)).toBe(true);
    expect(textbox('Name, row 2').value).toBe('Doreen Bogdan-Martin');
    expect(textbox('Organisation, row 1').value).toBe('Republic of Azerbaijan');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Side, row 2' }).value).toBe('guest');
    expect(textbox('Role, row 2').value).toBe('Head of delegation');
  });

  it('reports each keystroke as a new list, keeping text exactly as typed', () => {
    const onChange = vi.fn<(next: Participant[]) => void>();
    render(<Harness initial={[asadov, bogdanMartin]} onChange={onChange} />);
    fireEvent.change(textbox('Title, row 2'), { target: { value: 'Baş katib ' } });
    expect(onChange).toHaveBeenLastCalledWith([asadov, { ...bogdanMartin, title: 'Baş katib ' }]);
    expect(textbox('Title, row 2').value).toBe('Baş katib ');
  });

  it('keeps Azerbaijani and Cyrillic letters intact', () => {
    const onChange = vi.fn<(next: Participant[]) => void>();
    render(<Harness initial={[asadov]} onChange={onChange} />);
    const azerbaijani = 'Əli Əsədov İlqar oğlu, Şəki — ığ';
    const cyrillic = 'Премьер-министр Азербайджана';
    fireEvent.change(textbox('Name, row 1'), { target: { value: azerbaijani } });
    fireEvent.change(textbox('Title, row 1'), { target: { value: cyrillic } });
    expect(textbox('Name, row 1').value).toBe(azerbaijani);
    expect(onChange).toHaveBeenLastCalledWith([{ ...asadov, name: azerbaijani, title: cyrillic }]);
    expect(screen.getByRole('button', { name: `Remove ${azerbaijani}` })).toBeTruthy();
  });

  it('changes a side with the select', () => {
    const onChange = vi.fn<(next: Participant[]) => void>();
    render(<Harness initial={[asadov, bogdanMartin]} onChange={onChange} />);
    const side = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Side, row 2' });
    expect(Array.from(side.options).map((option) => option.textContent)).toEqual(['Host', 'Guest', 'Other']);
    fireEvent.change(side, { target: { value: 'other' } });
    expect(onChange).toHaveBeenLastCalledWith([asadov, { ...bogdanMartin, side: 'other' }]);
    expect(side.value).toBe('other');
  });

  it('starts empty with a hint and adds a host first, then a guest, focusing the new name', () => {
    const onChange = vi.fn<(next: Participant[]) => void>();
    render(<Harness initial={[]} onChange={onChange} />);
    expect(screen.getByText('No participants yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(screen.queryByText('No participants yet.')).toBeNull();
    expect(document.activeElement).toBe(textbox('Name, row 1'));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Side, row 1' }).value).toBe('host');

    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(document.activeElement).toBe(textbox('Name, row 2'));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Side, row 2' }).value).toBe('guest');

    const last = onChange.mock.lastCall?.[0];
    expect(last).toHaveLength(2);
    expect(last?.[1]).toMatchObject({ name: '', title: '', organisation: '', side: 'guest', role: '' });
    expect(last?.[0]?.id).toBeTruthy();
    expect(last?.[0]?.id).not.toBe(last?.[1]?.id);
  });

  it('removes a row and moves focus to the next row, or to Add after the last row', () => {
    render(<Harness initial={[asadov, bogdanMartin, note]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Doreen Bogdan-Martin' }));
    expect(names()).toEqual(['Ali Asadov', 'Note taker']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Note taker' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Note taker' }));
    expect(names()).toEqual(['Ali Asadov']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add participant' }));

    fireEvent.change(textbox('Name, row 1'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove participant' }));
    expect(screen.getByText('No participants yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Participants/ }).textContent).toContain('0');
  });

  it('moves rows with the buttons, disabled at the ends, keeping each row and its text', () => {
    render(<Harness initial={[asadov, bogdanMartin, note]} />);
    const moveUp = (row: number) => screen.getByRole<HTMLButtonElement>('button', { name: `Move up, row ${row}` });
    const moveDown = (row: number) => screen.getByRole<HTMLButtonElement>('button', { name: `Move down, row ${row}` });
    expect(moveUp(1).disabled).toBe(true);
    expect(moveDown(3).disabled).toBe(true);
    const noteRow = textbox('Name, row 3').closest('tr');

    fireEvent.click(moveUp(3));
    expect(names()).toEqual(['Ali Asadov', 'Note taker', 'Doreen Bogdan-Martin']);
    // Same row element (React key = participant id), and focus stays on the button just used.
    expect(textbox('Name, row 2').closest('tr')).toBe(noteRow);
    expect(document.activeElement).toBe(moveUp(2));

    fireEvent.click(moveUp(2));
    expect(names()).toEqual(['Note taker', 'Ali Asadov', 'Doreen Bogdan-Martin']);
    // Now at the top, Move up is disabled: focus stays in the row on Move down.
    expect(document.activeElement).toBe(moveDown(1));

    fireEvent.click(moveDown(1));
    expect(names()).toEqual(['Ali Asadov', 'Note taker', 'Doreen Bogdan-Martin']);
  });

  it('moves a row with Alt+Arrow keys from any of its text fields and keeps focus in that field', () => {
    const onChange = vi.fn<(next: Participant[]) => void>();
    render(<Harness initial={[asadov, bogdanMartin, note]} onChange={onChange} />);
    const organisation = textbox('Organisation, row 2');
    organisation.focus();
    organisation.setSelectionRange(3, 3);

    fireEvent.keyDown(organisation, { key: 'ArrowUp', altKey: true });
    expect(names()).toEqual(['Doreen Bogdan-Martin', 'Ali Asadov', 'Note taker']);
    expect(document.activeElement).toBe(textbox('Organisation, row 1'));
    expect(textbox('Organisation, row 1').value).toBe('International Telecommunication Union');
    expect(textbox('Organisation, row 1').selectionStart).toBe(3);

    // Already first: nothing moves, nothing is saved.
    const calls = onChange.mock.calls.length;
    fireEvent.keyDown(textbox('Organisation, row 1'), { key: 'ArrowUp', altKey: true });
    expect(onChange.mock.calls.length).toBe(calls);

    fireEvent.keyDown(textbox('Role, row 1'), { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(textbox('Role, row 2'), { key: 'ArrowDown', altKey: true });
    expect(names()).toEqual(['Ali Asadov', 'Note taker', 'Doreen Bogdan-Martin']);
    expect(document.activeElement).toBe(textbox('Role, row 3'));

    // Alt+Shift+↑ from anywhere in a row, the select and the buttons included, as Word moves a table row.
    const side = screen.getByRole('combobox', { name: 'Side, row 3' });
    side.focus();
    fireEvent.keyDown(side, { key: 'ArrowUp', altKey: true, shiftKey: true });
    expect(names()).toEqual(['Ali Asadov', 'Doreen Bogdan-Martin', 'Note taker']);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Side, row 2' }));
    expect(screen.getByRole('status').textContent).toBe('Doreen Bogdan-Martin moved to row 2 of 3.');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Move up, row 2' }), { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(names()).toEqual(['Ali Asadov', 'Note taker', 'Doreen Bogdan-Martin']);

    // A plain arrow key is the text box's own, not a move.
    fireEvent.keyDown(textbox('Name, row 3'), { key: 'ArrowUp' });
    expect(names()).toEqual(['Ali Asadov', 'Note taker', 'Doreen Bogdan-Martin']);
  });

  it('disables every control when read-only', () => {
    const { container } = render(<Harness initial={[asadov, bogdanMartin]} readOnly />);
    const controls = Array.from(container.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'));
    expect(controls.length).toBe(2 * (4 + 1 + 3) + 1);
    expect(controls.every((control) => control.disabled)).toBe(true);
    expect(textbox('Name, row 1').value).toBe('Ali Asadov');
  });
});
