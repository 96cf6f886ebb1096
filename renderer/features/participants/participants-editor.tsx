import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { participantSides, type Participant } from '../../../shared/document/briefing';
import {
  addParticipant,
  moveParticipant,
  removeParticipant,
  updateParticipant,
  type ParticipantSide,
  type ParticipantTextField,
} from './participant-rows';
import { PersonNameInput } from '../directory/person-name-input';
import { linkParticipant, unlinkParticipant } from '../directory/linked-people';
import './participants-editor.css';
import { directionOfLanguage } from '../../../shared/document/text-direction';
import { useFieldContext } from '../../editor/fields/field-context';

export interface ParticipantsEditorProps {
  participants: readonly Participant[];
  /** Called with the whole new list on every edit; the caller saves it. */
  onChange: (next: Participant[]) => void;
  readOnly?: boolean;
}

type RowControl = ParticipantTextField | 'side' | 'move-up' | 'move-down' | 'remove';

/** Where focus goes once the parent has rendered the list we handed it. */
type FocusTarget = { kind: 'add' } | { kind: 'row'; rowId: string; control: RowControl; selection?: [number, number] };

const textColumns: ReadonlyArray<{ field: ParticipantTextField; label: MessageKey }> = [
  { field: 'name', label: 'participants.name' },
  { field: 'title', label: 'participants.jobTitle' },
  { field: 'organisation', label: 'participants.organisation' },
];

const sideMessages: Record<ParticipantSide, MessageKey> = { host: 'participants.host', guest: 'participants.guest', other: 'participants.other' };

/**
 * The people at the meeting as a small table form: one row per participant,
 * reordered with the row buttons or Alt+↑ / Alt+↓ from any text box in the row.
 * Controlled: it shows `participants` and reports every edit through `onChange`.
 */
export function ParticipantsEditor({ participants, onChange, readOnly = false }: ParticipantsEditorProps) {
  const t = useT();
  const headingId = useId();
  const { language } = useFieldContext();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  // Focus is placed only after the parent has rendered the new list: the row
  // to focus may not exist yet (add), and a moved row's DOM node is detached
  // and re-inserted by React, which drops focus from anything inside it.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target) focusTarget(target, bodyRef.current, addButtonRef.current);
  }, [participants]);

  const commit = (next: Participant[], focus: FocusTarget | null = null) => {
    pendingFocus.current = focus;
    onChange(next);
  };

  const add = () => {
    const id = crypto.randomUUID();
    commit(addParticipant(participants, id), { kind: 'row', rowId: id, control: 'name' });
  };

  const remove = (index: number) => {
    const participant = participants[index];
    if (!participant) return;
    // The next row slides into the removed row's place, so its Remove button is
    // where the pointer and the keyboard already are; after the last row, Add is.
    const neighbour = participants[index + 1];
    commit(removeParticipant(participants, participant.id), neighbour ? { kind: 'row', rowId: neighbour.id, control: 'remove' } : { kind: 'add' });
  };

  const move = (id: string, offset: -1 | 1, control: RowControl, selection?: [number, number]) => {
    const next = moveParticipant(participants, id, offset);
    if (next) commit(next, { kind: 'row', rowId: id, control, ...(selection ? { selection } : {}) });
  };

  const handleTextKeyDown = (event: KeyboardEvent<HTMLInputElement>, id: string, field: ParticipantTextField) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const input = event.currentTarget;
    const selection: [number, number] | undefined = input.selectionStart !== null && input.selectionEnd !== null ? [input.selectionStart, input.selectionEnd] : undefined;
    move(id, event.key === 'ArrowUp' ? -1 : 1, field, selection);
  };

  return (
    <section className="participants" aria-labelledby={headingId}>
      <h2 className="participants-title" id={headingId}>
        {t('participants.title')} <span className="count">{participants.length}</span>
      </h2>
      {participants.length === 0 ? (
        <p className="participants-empty" dir="auto">
          {t('participants.empty')}
        </p>
      ) : (
        <div className="participants-scroll">
          {/* Columns in the order the exports print them: from the right in a right-to-left briefing. */}
          <table className="participants-table" aria-labelledby={headingId} dir={directionOfLanguage(language)}>
            <colgroup>
              <col className="participants-col-name" />
              <col className="participants-col-title" />
              <col className="participants-col-organisation" />
              <col className="participants-col-side" />
              <col className="participants-col-role" />
              <col className="participants-col-actions" />
            </colgroup>
            <thead>
              <tr>
                {textColumns.map((column) => (
                  <th key={column.field} scope="col">
                    {t(column.label)}
                  </th>
                ))}
                <th scope="col">{t('participants.side')}</th>
                <th scope="col">{t('participants.role')}</th>
                <th scope="col">
                  <span className="participants-visually-hidden">{t('participants.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {participants.map((participant, index) => {
                const rowNumber = index + 1;
                const textInput = (field: ParticipantTextField, label: string) =>
                  field === 'name' ? (
                    <PersonNameInput
                      className="participants-input"
                      data-control={field}
                      aria-label={t('participants.cell', { column: label, row: rowNumber })}
                      value={participant.name}
                      disabled={readOnly}
                      spellCheck={false}
                      typed={participant}
                      // A name typed over a linked one is no longer the directory's: the link goes with it.
                      onChange={(name) => commit(unlinkParticipant(participants, participant.id, name))}
                      onPick={(value) => commit(linkParticipant(participants, participant.id, value))}
                      onKeyDown={(event) => handleTextKeyDown(event, participant.id, field)}
                    />
                  ) : (
                  <input
                    type="text"
                    className="participants-input"
                    data-control={field}
                    aria-label={t('participants.cell', { column: label, row: rowNumber })}
                    value={participant[field]}
                    disabled={readOnly}
                    spellCheck
                    dir="auto"
                    onChange={(event) => commit(updateParticipant(participants, participant.id, field, event.target.value))}
                    onKeyDown={(event) => handleTextKeyDown(event, participant.id, field)}
                  />
                  );
                return (
                  <tr key={participant.id} data-participant-id={participant.id}>
                    {textColumns.map((column) => (
                      <td key={column.field}>{textInput(column.field, t(column.label))}</td>
                    ))}
                    <td>
                      {/* Alt+↑/↓ is left to the select: it opens the list on Windows and Linux. */}
                      <select
                        className="participants-input participants-select"
                        data-control="side"
                        aria-label={t('participants.cell', { column: t('participants.side'), row: rowNumber })}
                        value={participant.side}
                        disabled={readOnly}
                        onChange={(event) => commit(updateParticipant(participants, participant.id, 'side', event.target.value as ParticipantSide))}
                      >
                        {participantSides.map((side) => (
                          <option key={side} value={side}>
                            {t(sideMessages[side])}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{textInput('role', t('participants.role'))}</td>
                    <td className="participants-actions">
                      <button
                        type="button"
                        className="button button-quiet participants-action"
                        data-control="move-up"
                        aria-label={t('participants.cell', { column: t('participants.moveUp'), row: rowNumber })}
                        title={t('participants.moveUpTitle')}
                        disabled={readOnly || index === 0}
                        onClick={() => move(participant.id, -1, 'move-up')}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button button-quiet participants-action"
                        data-control="move-down"
                        aria-label={t('participants.cell', { column: t('participants.moveDown'), row: rowNumber })}
                        title={t('participants.moveDownTitle')}
                        disabled={readOnly || index === participants.length - 1}
                        onClick={() => move(participant.id, 1, 'move-down')}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="button button-quiet participants-action participants-remove"
                        data-control="remove"
                        aria-label={participant.name.trim() ? t('participants.remove', { name: participant.name.trim() }) : t('participants.removeUnnamed')}
                        title={t('participants.removeTitle')}
                        disabled={readOnly}
                        onClick={() => remove(index)}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="participants-footer">
        <button ref={addButtonRef} type="button" className="button" disabled={readOnly} onClick={add}>
          {t('participants.add')}
        </button>
      </div>
    </section>
  );
}

function focusTarget(target: FocusTarget, body: HTMLTableSectionElement | null, addButton: HTMLButtonElement | null) {
  if (target.kind === 'add') {
    addButton?.focus();
    return;
  }
  // Rows are found by comparing the data attribute, not by a selector, so an id needs no escaping.
  const row = Array.from(body?.rows ?? []).find((candidate) => candidate.dataset.participantId === target.rowId);
  if (!row) return;
  const find = (control: RowControl) => row.querySelector<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(`[data-control="${control}"]`);
  // A row moved to the top or bottom disables the button just used; keep focus in the row's other move button.
  const fallback: RowControl | undefined = target.control === 'move-up' ? 'move-down' : target.control === 'move-down' ? 'move-up' : undefined;
  const element = [find(target.control), fallback ? find(fallback) : null, find('remove')].find((candidate) => candidate && !candidate.disabled);
  if (!element) return;
  element.focus();
  if (target.selection && element instanceof HTMLInputElement) element.setSelectionRange(...target.selection);
}
