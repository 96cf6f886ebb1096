import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import { compareConflict, mergeBriefing, partDiffers, type ConflictPart, type MergeChoice } from '../../../shared/document/conflict-compare';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { TeamConflictView, TeamStatus } from '../../../shared/ipc/team-service';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { DialogActions } from '../../ui/dialog-actions';
import { ModalDialog } from '../../ui/modal-dialog';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useLibraryChanges } from './use-library-changes';
import { TeamPeople } from './team-people';
import { ParticipantsEditor } from '../participants/participants-editor';
import { FieldInput } from '../details/field-input';
import { FieldContext } from '../../editor/fields/field-context';
import { isPersonValue } from '../../../shared/document/field-format';
import { useShownTemplate } from '../templates/shown-templates';

/** How often the status line asks again: the main process syncs on its own; this only shows how it stands. */
const statusRefreshMs = 15_000;

/**
 * The team library's status, read again when the library changes, when
 * `readAgainOn` changes (the Trash opened) and every few seconds; undefined until read.
 */
export function useTeamStatus(readAgainOn?: unknown): [TeamStatus | undefined, (status: TeamStatus) => void] {
  const api = useApi();
  const changes = useLibraryChanges();
  const [status, setStatus] = useState<TeamStatus | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      api.team.status().then(
        (current) => live && setStatus(current),
        () => undefined,
      );
    void read();
    const timer = setInterval(() => void read(), statusRefreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, changes, readAgainOn]);
  return [status, setStatus];
}

/**
 * Whether the Trash offers "Delete for everyone": in a shared library, to a
 * reviewer or an admin, and while the role is not known yet (the database
 * refuses an author in one sentence); never to a login the server called an author.
 */
export function offersDeleteForEveryone(status: TeamStatus): boolean {
  return status.state !== 'local' && status.role !== 'author';
}

/** "Connected · 2 changes waiting · 1 conflict", or "Offline since 6 Dec 09:14 · …". */
export function TeamStatusText({ status }: { status: TeamStatus }) {
  const t = useT();
  const format = useInterfaceFormat();
  const parts = [
    status.state === 'online'
      ? t('team.online')
      : status.offlineSince
        ? t('team.offlineSince', { moment: format.date(new Date(status.offlineSince), 'date-and-time') })
        : t('team.notSynced'),
    t('team.waiting', { count: status.waiting }),
  ];
  if (status.conflicts > 0) parts.push(t('team.conflicts', { count: status.conflicts }));
  return <>{parts.join(' · ')}</>;
}

/** The status line in the library panel: nothing at all for a library of one person. */
export function TeamStatusLine({ onOpen }: { onOpen: () => void }) {
  const t = useT();
  const [status] = useTeamStatus();
  if (!status || status.state === 'local') return null;
  return (
    <button
      type="button"
      className={`team-status team-status-${status.state}${status.conflicts > 0 ? ' team-status-conflicts' : ''}`}
      title={t('team.title')}
      onClick={onOpen}
    >
      <TeamStatusText status={status} />
    </button>
  );
}

/** A part's heading: "Title", "Details › Venue", "Participants", or the section's heading. */
function PartHeading({ part }: { part: ConflictPart }) {
  const t = useT();
  if (part.kind === 'title') return <>{t('team.partTitle')}</>;
  if (part.kind === 'participants') return <>{t('team.partParticipants')}</>;
  if (part.kind === 'field') return <>{t('team.partField', { label: part.label })}</>;
  return <>{t('team.partSection', { label: part.label })}</>;
}

/** One side of a part, the words only that side has marked. */
function PartSide({ part, side }: { part: ConflictPart; side: 'mine' | 'theirs' }) {
  return (
    <p className="team-conflict-text">
      {part.changes.map((change, index) =>
        side === 'mine' ? (
          change.removed ? null : change.added ? <ins key={index}>{change.value}</ins> : <span key={index}>{change.value}</span>
        ) : change.added ? null : change.removed ? (
          <del key={index}>{change.value}</del>
        ) : (
          <span key={index}>{change.value}</span>
        ),
      )}
    </p>
  );
}

/**
 * Edit a merge: every part that differs starts from the version the person
 * chose; each can be switched to the other side, and edited: the title, text
 * fields and sections as text, the participants as rows (the same table as
 * in the editor: add, remove, change, reorder) and a person field as name,
 * title and organisation. Saved as the revision after the server's.
 */
function MergeEditor({
  conflict,
  parts,
  busy,
  onSave,
  onCancel,
}: {
  conflict: TeamConflictView & { theirs: Briefing };
  parts: ConflictPart[];
  busy: boolean;
  onSave: (merged: Briefing) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [start, setStart] = useState<'mine' | 'theirs'>('mine');
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const sideOf = (part: ConflictPart) => choices[part.key]?.side ?? start;
  const textOf = (part: ConflictPart) => choices[part.key]?.text ?? part[sideOf(part)];
  const choose = (part: ConflictPart, side: 'mine' | 'theirs') => setChoices((current) => ({ ...current, [part.key]: { side } }));
  const edit = (part: ConflictPart, text: string) => setChoices((current) => ({ ...current, [part.key]: { side: sideOf(part), text } }));
  const sides = { mine: conflict.mine, theirs: conflict.theirs };
  const fieldId = (part: ConflictPart) => part.key.slice('field:'.length);
  const editor = (part: ConflictPart) => {
    switch (part.editAs) {
      case 'text':
        return (
          <textarea
            aria-label={t('team.mergeText', { part: part.kind === 'title' ? t('team.partTitle') : part.label })}
            value={textOf(part)}
            rows={part.kind === 'section' ? 6 : 2}
            onChange={(event) => edit(part, event.target.value)}
          />
        );
      case 'participants':
        return (
          <FieldContext.Provider value={{ template: undefined, fields: {}, language: conflict.mine.language }}>
            <ParticipantsEditor
              participants={choices[part.key]?.participants ?? sides[sideOf(part)].participants}
              onChange={(participants) => setChoices((current) => ({ ...current, [part.key]: { side: sideOf(part), participants } }))}
            />
          </FieldContext.Provider>
        );
      case 'person':
        return (
          <FieldInput
            field={{ id: fieldId(part), label: part.label, required: false, type: 'person' }}
            value={choices[part.key]?.person ?? sides[sideOf(part)].fields[fieldId(part)]}
            inputId={`merge-${conflict.briefingId}-${part.key}`}
            describedBy={undefined}
            invalid={false}
            readOnly={false}
            onBlur={() => undefined}
            onChange={(person) => {
              if (isPersonValue(person)) setChoices((current) => ({ ...current, [part.key]: { side: sideOf(part), person } }));
            }}
          />
        );
      default:
        return <p className="team-conflict-text">{textOf(part)}</p>;
    }
  };
  const save = () => onSave(mergeBriefing(conflict.mine, conflict.theirs, start, choices));
  return (
    <section className="team-merge" aria-label={t('team.mergeTitle')}>
      <h4>{t('team.mergeTitle')}</h4>
      <p className="modal-text">{t('team.mergeHint')}</p>
      <div className="team-merge-start" role="group" aria-label={t('team.mergeStart')}>
        <span>{t('team.mergeStart')}</span>
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side}>
            <input
              type="radio"
              name={`merge-start-${conflict.briefingId}`}
              checked={start === side}
              onChange={() => {
                setStart(side);
                setChoices({});
              }}
            />
            {side === 'mine' ? t('team.mine') : t('team.theirs', { name: conflict.theirsBy ?? '' })}
          </label>
        ))}
      </div>
      {parts.map((part) => {
        const heading = <PartHeading part={part} />;
        return (
          <fieldset key={part.key} className="team-merge-part">
            <legend>{heading}</legend>
            <div className="team-merge-sides" role="group">
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side}>
                  <input type="radio" name={`merge-${conflict.briefingId}-${part.key}`} checked={sideOf(part) === side} onChange={() => choose(part, side)} />
                  {side === 'mine' ? t('team.mine') : t('team.theirs', { name: conflict.theirsBy ?? '' })}
                </label>
              ))}
            </div>
            {editor(part)}
          </fieldset>
        );
      })}
      <div className="modal-actions">
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={save}>
          {t('team.saveMerge')}
        </button>
      </div>
    </section>
  );
}

/** Mine and theirs part by part (title, Details, participants, sections), the words only one of them has marked. */
function ConflictView({ conflict, busy, onResolve }: { conflict: TeamConflictView; busy: boolean; onResolve: (choice: 'mine' | 'theirs' | 'merge', merged?: Briefing) => void }) {
  const t = useT();
  const api = useApi();
  const [template, setTemplate] = useState<BriefingTemplate | undefined>(undefined);
  const [merging, setMerging] = useState(false);
  useEffect(() => {
    let live = true;
    api.templates.get(conflict.mine.templateId).then(
      (found) => live && setTemplate(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, conflict.mine.templateId]);
  const shownTemplate = useShownTemplate(template);
  const parts = useMemo(() => compareConflict(conflict.mine, conflict.theirs, shownTemplate), [conflict, shownTemplate]);
  const differing = parts.filter(partDiffers);
  const theirsLabel = t('team.theirs', { name: conflict.theirsBy ?? '' });
  const theirs = conflict.theirs;
  return (
    <li className="team-conflict">
      <h3>{conflict.title}</h3>
      {conflict.kind === 'refused' && (
        <p className="library-error" role="alert">
          {t('team.refused', { reason: conflict.localised ? sayLocalised(t, conflict.localised) : conflict.message })}
        </p>
      )}
      {merging && theirs ? (
        <MergeEditor
          conflict={{ ...conflict, theirs }}
          parts={differing}
          busy={busy}
          onCancel={() => setMerging(false)}
          onSave={(merged) => onResolve('merge', merged)}
        />
      ) : (
        <>
          {differing.map((part) => (
            <div key={part.key} className="team-conflict-part">
              <h4>
                <PartHeading part={part} />
              </h4>
              <div className="team-conflict-sides">
                <section aria-label={t('team.mine')}>
                  <h5>{t('team.mine')}</h5>
                  <PartSide part={part} side="mine" />
                </section>
                <section aria-label={theirsLabel}>
                  <h5>{theirsLabel}</h5>
                  <PartSide part={part} side="theirs" />
                </section>
              </div>
            </div>
          ))}
          {parts.length > differing.length && <p className="modal-text">{t('team.sameParts', { count: parts.length - differing.length })}</p>}
          <div className="modal-actions">
            <button type="button" className="button" disabled={busy} onClick={() => onResolve('mine')}>
              {t('team.keepMine')}
            </button>
            <button type="button" className="button" disabled={busy || !theirs} onClick={() => onResolve('theirs')}>
              {t('team.takeTheirs')}
            </button>
            <button type="button" className="button" disabled={busy || !theirs} onClick={() => setMerging(true)}>
              {t('team.editMerge')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/**
 * Settings › Team library: connect this library to a PostgreSQL server
 * (test the connection first), see how it stands, sync now, disconnect
 * keeping a local copy, and decide conflicts with both texts side by side.
 */
export function TeamLibraryDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const t = useT();
  const [status, setStatus] = useTeamStatus();
  const [conflicts, setConflicts] = useState<TeamConflictView[]>([]);
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const loadConflicts = () => api.team.conflicts().then(setConflicts, (error: unknown) => setMessage({ kind: 'error', text: errorMessage(error) }));
  useEffect(() => {
    void loadConflicts();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read when the dialog opens, then after each action
  }, []);

  const act = async (work: () => Promise<TeamStatus | undefined>, done?: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const after = await work();
      if (after) setStatus(after);
      if (done) setMessage({ kind: 'info', text: done });
      await loadConflicts();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
    setBusy(false);
  };

  const request = () => ({ url: url.trim(), ...(password ? { password } : {}) });
  const connect = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const result = await api.team.connect(request());
      setPassword('');
      return result.status;
    }, t('team.connected'));
  };
  const sync = () =>
    act(async () => {
      const result = await api.team.sync();
      if (result.offline !== null) throw new Error(t('team.unreachable', { reason: sayLocalised(t, result.offlineReason ?? { id: 'teamNetwork.unknown' }) }));
      return result.status;
    }, t('team.synced'));

  return (
    <ModalDialog title={t('team.title')} onClose={onClose} className="team-dialog">
      <p className="modal-text" role="status">
        {status === undefined ? t('settings.loading') : status.state === 'local' ? t('team.local') : <TeamStatusText status={status} />}
        {status?.server && (
          <>
            <br />
            <code>{status.server}</code>
          </>
        )}
      </p>
      {message && (
        <p className={message.kind === 'error' ? 'library-error' : 'modal-text'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {status?.state === 'local' && (
        <form className="team-connect" onSubmit={connect}>
          <label>
            {t('team.server')}
            <input type="text" value={url} required placeholder="postgres://user@server/database" spellCheck={false} onChange={(event) => setUrl(event.target.value)} />
          </label>
          <label>
            {t('team.password')}
            <input type="password" value={password} autoComplete="current-password" onChange={(event) => setPassword(event.target.value)} />
          </label>
          <div className="modal-actions">
            <button type="button" className="button" disabled={busy || url.trim() === ''} onClick={() => void act(() => api.team.testConnection(request()), t('team.testOk'))}>
              {t('team.test')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy || url.trim() === ''}>
              {t('team.connect')}
            </button>
          </div>
        </form>
      )}
      {conflicts.length > 0 && (
        <ul className="team-conflicts" aria-label={t('team.conflicts', { count: conflicts.length })}>
          {conflicts.map((conflict) => (
            <ConflictView
              key={conflict.briefingId}
              conflict={conflict}
              busy={busy}
              onResolve={(choice, merged) => void act(() => api.team.resolve(conflict.briefingId, choice, merged), choice === 'merge' ? t('team.mergeSaved') : undefined)}
            />
          ))}
        </ul>
      )}
      {status && status.state !== 'local' && <TeamPeople status={status} />}
      <DialogActions primary={{ label: t('dialog.close'), onClick: onClose }}>
        {status && status.state !== 'local' && (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void sync()}>
              {t('team.syncNow')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void act(() => api.team.disconnect(), t('team.disconnected'))}>
              {t('team.disconnect')}
            </button>
          </>
        )}
      </DialogActions>
    </ModalDialog>
  );
}
