import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
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
import { shortcutForKeyStroke, type ObjectCommand } from '../../../shared/keyboard/shortcuts';
import { isMacPlatform } from '../../editor/hotkeys';

const moveCommands: readonly ObjectCommand[] = ['move-up', 'move-down'];
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
 * The people at the meeting as a list of cards, one row per participant, each with its fields and its
 * Move up / Move down / Remove buttons always in sight; a row moves with those buttons, Alt+Shift+↑ / ↓
 * anywhere in it (as Word moves a table row) or Alt+↑ / ↓ from any of its text boxes.
 * Controlled: it shows `participants` and reports every edit through `onChange`.
 */
export function ParticipantsEditor({ participants, onChange, readOnly = false }: ParticipantsEditorProps) {
  const t = useT();
  const headingId = useId();
  const { language } = useFieldContext();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  // Focus is placed only after the parent has rendered the new list: the row
  // to focus may not exist yet (add), and a moved row's DOM node is detached
  // and re-inserted by React, which drops focus from anything inside it.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target) focusTarget(target, listRef.current, addButtonRef.current);
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
    if (!next) return;
    const position = next.findIndex((participant) => participant.id === id) + 1;
    const name = next[position - 1]?.name.trim() || t('participants.rowLabel', { row: position });
    setAnnouncement(t('participants.moved', { name, position, count: next.length }));
    commit(next, { kind: 'row', rowId: id, control, ...(selection ? { selection } : {}) });
  };

  const moveByRowKey = (event: KeyboardEvent<HTMLElement>, id: string) => {
    // Alt+Shift+↑/↓ (or Alt+↑/↓) anywhere in a row, as Word moves a table row; the select and the buttons included.
    const command = shortcutForKeyStroke(event, isMacPlatform(), moveCommands);
    if (!command) return;
    event.preventDefault();
    const target = event.target as HTMLElement;
    const control = (target.dataset.control as RowControl | undefined) ?? 'name';
    const selection: [number, number] | undefined =
      target instanceof HTMLInputElement && target.selectionStart !== null && target.selectionEnd !== null ? [target.selectionStart, target.selectionEnd] : undefined;
    move(id, command === 'move-up' ? -1 : 1, control, selection);
  };

  const direction = directionOfLanguage(language);

  return (
    <section className="participants" aria-labelledby={headingId}>
      <h2 className="participants-title" id={headingId}>
        {t('participants.title')} <span className="count">{participants.length}</span>
      </h2>
      {/* Says where a moved row went; the row's own controls do not move under the keyboard. */}
      <p className="participants-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {participants.length === 0 ? (
        <p className="participants-empty" dir="auto">
          {t('participants.empty')}
        </p>
      ) : (
        // One card per person: its fields wrap to the page's width, so nothing scrolls sideways or is cut.
        // Fields in the order the exports print them: from the right in a right-to-left briefing.
        <ol className="participants-list" ref={listRef} aria-labelledby={headingId} dir={direction}>
          {participants.map((participant, index) => {
            const rowNumber = index + 1;
            const rowLabelId = `${headingId}-row-${participant.id}`;
            const controlId = (name: ParticipantTextField | 'side') => `${headingId}-${participant.id}-${name}`;
            const textInput = (name: ParticipantTextField, text: string) =>
              name === 'name' ? (
                <PersonNameInput
                  id={controlId(name)}
                  className="participants-input"
                  data-control={name}
                  aria-label={t('participants.cell', { column: text, row: rowNumber })}
                  value={participant.name}
                  disabled={readOnly}
                  spellCheck={false}
                  typed={participant}
                  // A name typed over a linked one is no longer the directory's: the link goes with it.
                  onChange={(value) => commit(unlinkParticipant(participants, participant.id, value))}
                  onPick={(value) => commit(linkParticipant(participants, participant.id, value))}
                />
              ) : (
                <input
                  type="text"
                  id={controlId(name)}
                  className="participants-input"
                  data-control={name}
                  aria-label={t('participants.cell', { column: text, row: rowNumber })}
                  value={participant[name]}
                  disabled={readOnly}
                  spellCheck
                  dir="auto"
                  onChange={(event) => commit(updateParticipant(participants, participant.id, name, event.target.value))}
                />
              );
            return (
              <li key={participant.id} className="participants-row" data-participant-id={participant.id} onKeyDown={(event) => moveByRowKey(event, participant.id)}>
                <div className="participants-card" role="group" aria-labelledby={rowLabelId}>
                  <div className="participants-row-head">
                    <span className="participants-row-label" id={rowLabelId}>
                      {t('participants.rowLabel', { row: rowNumber })}
                    </span>
                    <div className="participants-actions" role="group" aria-label={t('participants.actions')}>
                      <button
                        type="button"
                        className="button button-quiet participants-action"
                        data-control="move-up"
                        aria-label={t('participants.cell', { column: t('participants.moveUp'), row: rowNumber })}
                        aria-keyshortcuts="Alt+Shift+ArrowUp"
                        title={t('participants.moveUpTitle')}
                        disabled={readOnly || index === 0}
                        onClick={() => move(participant.id, -1, 'move-up')}
                      >
                        <ArrowUp size={15} aria-hidden="true" />
                      </button>
                      <button
                        type="button"
                        className="button button-quiet participants-action"
                        data-control="move-down"
                        aria-label={t('participants.cell', { column: t('participants.moveDown'), row: rowNumber })}
                        aria-keyshortcuts="Alt+Shift+ArrowDown"
                        title={t('participants.moveDownTitle')}
                        disabled={readOnly || index === participants.length - 1}
                        onClick={() => move(participant.id, 1, 'move-down')}
                      >
                        <ArrowDown size={15} aria-hidden="true" />
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
                        <X size={15} aria-hidden="true" />
                      </button>
                    </div>
                  </div>
                  <div className="participants-fields">
                    {textColumns.map((column) => (
                      <Field key={column.field} name={column.field} label={t(column.label)} controlId={controlId(column.field)}>
                        {textInput(column.field, t(column.label))}
                      </Field>
                    ))}
                    <Field name="side" label={t('participants.side')} controlId={controlId('side')}>
                      {/* Alt+↑/↓ alone is left to the select: it opens the list on Windows and Linux. */}
                      <select
                        id={controlId('side')}
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
                    </Field>
                    <Field name="role" label={t('participants.role')} controlId={controlId('role')}>
                      {textInput('role', t('participants.role'))}
                    </Field>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="participants-footer">
        <button ref={addButtonRef} type="button" className="button" disabled={readOnly} onClick={add}>
          {t('participants.add')}
        </button>
      </div>
    </section>
  );
}

/** One labelled field of a row; its place in the card's grid is named after it (see the CSS). */
function Field({ name, label, controlId, children }: { name: ParticipantTextField | 'side'; label: string; controlId: string; children: ReactNode }) {
  return (
    <div className={`participants-field participants-field-${name}`}>
      <label className="participants-label" htmlFor={controlId}>
        {label}
      </label>
      {children}
    </div>
  );
}

function focusTarget(target: FocusTarget, list: HTMLOListElement | null, addButton: HTMLButtonElement | null) {
  if (target.kind === 'add') {
    addButton?.focus();
    return;
  }
  // Rows are found by comparing the data attribute, not by a selector, so an id needs no escaping.
  const row = Array.from(list?.querySelectorAll<HTMLElement>('[data-participant-id]') ?? []).find((candidate) => candidate.dataset.participantId === target.rowId);
  if (!row) return;
  const find = (control: RowControl) => row.querySelector<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(`[data-control="${control}"]`);
  // A row moved to the top or bottom disables the button just used; keep focus in the row's other move button.
  const fallback: RowControl | undefined = target.control === 'move-up' ? 'move-down' : target.control === 'move-down' ? 'move-up' : undefined;
  const element = [find(target.control), fallback ? find(fallback) : null, find('remove')].find((candidate) => candidate && !candidate.disabled);
  if (!element) return;
  element.focus();
  if (target.selection && element instanceof HTMLInputElement) element.setSelectionRange(...target.selection);
}
