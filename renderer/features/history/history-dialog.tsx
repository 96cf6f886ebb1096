import { revisionReasonMessages } from '../../../shared/i18n/status-labels';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BriefingBody } from '../../../shared/document/briefing-body';
import { bodyPlainText } from '../../../shared/document/text-stats';
import type { Revision, RevisionSummary } from '../../../shared/ipc/history-service';
import type { RestoreNotice } from './restore-notice';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { RevisionPreview } from './revision-preview';
import { WordDiff } from './word-diff';
import './history.css';

export interface HistoryDialogProps {
  briefingId: string;
  /** What is on screen now, to compare a version with. */
  current: { title: string; body: BriefingBody };
  /** Saves what is on screen; false when it could not be saved. */
  flush: () => Promise<boolean>;
  /** A version was restored: the briefing must be opened afresh. */
  onRestored: (notice: RestoreNotice) => void;
  onClose: () => void;
}

const textOf = (title: string, body: BriefingBody) => `${title}\n\n${bodyPlainText(body)}`;

/** History: the versions of a briefing, each previewed read-only or compared word by word with the current text; restore; save a named version. */
export function HistoryDialog({ briefingId, current, flush, onRestored, onClose }: HistoryDialogProps) {
  const api = useApi();
  const t = useT();
  const format = useInterfaceFormat();
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>(undefined);
  const [selected, setSelected] = useState<Revision | undefined>(undefined);
  const [view, setView] = useState<'preview' | 'changes'>('preview');
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Restoring replaces the text on screen: it is asked first.
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    try {
      const list = await api.history.list(briefingId);
      setRevisions(list);
      return list;
    } catch (error) {
      setMessage(t('history.readFailed', { reason: errorMessage(error) }));
      return [];
    }
  }, [api, briefingId, t]);

  const select = useCallback(
    async (revisionId: number) => {
      setConfirming(false);
      try {
        setSelected(await api.history.get(revisionId));
      } catch (error) {
        setMessage(t('history.versionReadFailed', { reason: errorMessage(error) }));
      }
    },
    [api, t],
  );

  useEffect(() => {
    let current = true;
    api.history.list(briefingId).then(
      async (list) => {
        if (!current) return;
        setRevisions(list);
        if (list[0]) setSelected(await api.history.get(list[0].id));
      },
      (error: unknown) => current && setMessage(t('history.readFailed', { reason: errorMessage(error) })),
    );
    return () => {
      current = false;
    };
  }, [api, briefingId, t]);

  const saveVersion = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      if (!(await flush())) throw new Error('the latest changes are not saved yet');
      const saved = await api.history.saveVersion({ briefingId, label: label.trim() });
      setLabel('');
      await load();
      await select(saved.id);
    } catch (error) {
      setMessage(t('history.saveFailed', { reason: errorMessage(error) }));
    }
    setBusy(false);
  };

  const restore = async () => {
    if (!selected) return;
    setBusy(true);
    setMessage(undefined);
    try {
      if (!(await flush())) throw new Error('the latest changes are not saved yet');
      const restored = await api.history.restore(selected.id);
      // What was there before is the newest version older than the restore: restoring it undoes the restore.
      const before = (await api.history.list(briefingId)).find((revision) => revision.id < restored.revision.id);
      onRestored({ kind: 'restored', versionAt: selected.createdAt, ...(before ? { undoRevisionId: before.id } : {}) });
    } catch (error) {
      setMessage(t('history.restoreFailed', { reason: errorMessage(error) }));
      setBusy(false);
    }
  };

  const currentText = useMemo(() => textOf(current.title, current.body), [current]);

  return (
    <ModalDialog title={t('history.title')} onClose={onClose}>
      <form
        className="history-save-version"
        onSubmit={(event) => {
          event.preventDefault();
          if (label.trim()) void saveVersion();
        }}
      >
        <input aria-label={t('history.versionName')} placeholder={t('history.versionPlaceholder')} maxLength={200} value={label} onChange={(event) => setLabel(event.target.value)} />
        <button type="submit" className="button" disabled={busy || !label.trim()}>
          {t('history.saveVersion')}
        </button>
      </form>
      {message && (
        <p className="library-error" role="alert">
          {message}
        </p>
      )}
      <div className="history">
        <ul className="history-list" aria-label={t('history.versions')}>
          {revisions?.length === 0 && <li className="modal-text">{t('history.empty')}</li>}
          {revisions?.map((revision) => (
            <li key={revision.id}>
              <button type="button" aria-current={selected?.id === revision.id ? 'true' : undefined} onClick={() => void select(revision.id)}>
                <span>{format.date(new Date(revision.createdAt), 'date-and-time')}</span>
                <span className="history-entry-meta">
                  {t(revisionReasonMessages[revision.reason])}
                  {revision.label && <> · “{revision.label}”</>} · {t('history.words', { count: revision.words, shown: format.number(revision.words) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div className="history-detail">
          {selected && (
            <>
              <div className="library-views" role="tablist" aria-label={t('history.show')}>
                <button type="button" role="tab" aria-selected={view === 'preview'} onClick={() => setView('preview')}>
                  {t('history.thisVersion')}
                </button>
                <button type="button" role="tab" aria-selected={view === 'changes'} onClick={() => setView('changes')}>
                  {t('history.changes')}
                </button>
              </div>
              <div className="history-detail-body">
                {view === 'preview' ? (
                  <RevisionPreview title={selected.title} body={selected.body} />
                ) : (
                  <WordDiff before={textOf(selected.title, selected.body)} after={currentText} />
                )}
              </div>
            </>
          )}
        </div>
      </div>
      <DialogActions primary={{ label: t('dialog.close'), onClick: onClose }}>
        {confirming && selected ? (
          <span className="history-confirm" role="group" aria-label={t('history.restore')}>
            <span>{t('history.restoreConfirm', { moment: format.date(new Date(selected.createdAt), 'date-and-time') })}</span>
            <button type="button" className="button" disabled={busy} onClick={() => void restore()}>
              {t('history.restoreConfirmButton')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => setConfirming(false)}>
              {t('dialog.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="button" disabled={busy || !selected} onClick={() => setConfirming(true)}>
            {t('history.restore')}
          </button>
        )}
      </DialogActions>
    </ModalDialog>
  );
}
