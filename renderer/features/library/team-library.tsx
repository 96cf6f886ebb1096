import { diffWords } from 'diff';
import { useEffect, useState, type FormEvent } from 'react';
import { Node } from 'slate';
import type { Briefing } from '../../../shared/document/briefing';
import type { TeamConflictView, TeamStatus } from '../../../shared/ipc/team-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { DialogActions } from '../../ui/dialog-actions';
import { ModalDialog } from '../../ui/modal-dialog';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useLibraryChanges } from './use-library-changes';

/** How often the status line asks again: the main process syncs on its own; this only shows how it stands. */
const statusRefreshMs = 15_000;

/** The team library's status, read again when the library changes and every few seconds; undefined until read. */
export function useTeamStatus(): [TeamStatus | undefined, (status: TeamStatus) => void] {
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
  }, [api, changes]);
  return [status, setStatus];
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

/** The text of a briefing's sections, one paragraph per block, for reading two versions side by side. */
function briefingText(briefing: Briefing): string {
  return [briefing.title, ...briefing.body.flatMap((section) => (section.children as Node[]).map((block) => Node.string(block)))].filter((text) => text.trim() !== '').join('\n\n');
}

/** Mine and theirs side by side, the words only one of them has marked. */
function ConflictView({ conflict, busy, onResolve }: { conflict: TeamConflictView; busy: boolean; onResolve: (choice: 'mine' | 'theirs') => void }) {
  const t = useT();
  const mine = briefingText(conflict.mine);
  const theirs = conflict.theirs ? briefingText(conflict.theirs) : '';
  const parts = diffWords(theirs, mine);
  return (
    <li className="team-conflict">
      <h3>{conflict.title}</h3>
      {conflict.kind === 'refused' && (
        <p className="library-error" role="alert">
          {t('team.refused', { reason: conflict.message })}
        </p>
      )}
      <div className="team-conflict-sides">
        <section aria-label={t('team.mine')}>
          <h4>{t('team.mine')}</h4>
          <p className="team-conflict-text">{parts.map((part, index) => (part.removed ? null : part.added ? <ins key={index}>{part.value}</ins> : <span key={index}>{part.value}</span>))}</p>
        </section>
        <section aria-label={t('team.theirs', { name: conflict.theirsBy ?? '' })}>
          <h4>{t('team.theirs', { name: conflict.theirsBy ?? '' })}</h4>
          <p className="team-conflict-text">{parts.map((part, index) => (part.added ? null : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>))}</p>
        </section>
      </div>
      <div className="modal-actions">
        <button type="button" className="button" disabled={busy} onClick={() => onResolve('mine')}>
          {t('team.keepMine')}
        </button>
        <button type="button" className="button" disabled={busy || !conflict.theirs} onClick={() => onResolve('theirs')}>
          {t('team.takeTheirs')}
        </button>
      </div>
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
      if (result.offline !== null) throw new Error(t('team.unreachable'));
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
              onResolve={(choice) => void act(() => api.team.resolve(conflict.briefingId, choice))}
            />
          ))}
        </ul>
      )}
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
