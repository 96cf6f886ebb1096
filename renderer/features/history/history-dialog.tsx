import { revisionReasonMessages, statusChangeLabel } from '../../../shared/i18n/status-labels';
import { followedSentence } from '../../../shared/i18n/followed-fields';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BriefingTemplate } from '../../../shared/document/template';
import { compareFields, compareVersions, versionBlocks, type FieldChange, type VersionContent } from '../../../shared/document/version-compare';
import type { Revision, RevisionSummary } from '../../../shared/ipc/history-service';
import type { RestoreNotice } from './restore-notice';
import { useInterfaceFormat, useT } from '../../ui/interface-language';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { RevisionComparison, RevisionPreview } from './revision-preview';
import './history.css';

export interface HistoryDialogProps {
  briefingId: string;
  /** What is on screen now, to compare a version with. */
  current: VersionContent;
  /** The briefing's template, so field references show their values as they were in each version. */
  template: BriefingTemplate | undefined;
  /** Saves what is on screen; false when it could not be saved. */
  flush: () => Promise<boolean>;
  /** A version was restored: the briefing must be opened afresh. */
  onRestored: (notice: RestoreNotice) => void;
  onClose: () => void;
}

/**
 * History: the versions of a briefing, each previewed read-only as the editor shows it, or compared with the text
 * now or with any other version, change by change; restore; save a named version.
 */
export function HistoryDialog({ briefingId, current, template, flush, onRestored, onClose }: HistoryDialogProps) {
  const api = useApi();
  const t = useT();
  // A status change's name says the status in the interface language; a name the person gave stays as written.
  const revisionName = (revision: RevisionSummary) => (revision.reason === 'status' && revision.label ? statusChangeLabel(revision.label, t) : (revision.label ?? ''));
  const format = useInterfaceFormat();
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>(undefined);
  const [selected, setSelected] = useState<Revision | undefined>(undefined);
  const [view, setView] = useState<'preview' | 'changes'>('preview');
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Restoring replaces the text on screen: it is asked first.
  const [confirming, setConfirming] = useState(false);
  // The other side of a comparison: the text now, or another version.
  const [compareWith, setCompareWith] = useState<'now' | number>('now');
  const [other, setOther] = useState<Revision | undefined>(undefined);

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
      if (!(await flush())) throw new Error(t('history.notSavedYet'));
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
      if (!(await flush())) throw new Error(t('history.notSavedYet'));
      const restored = await api.history.restore(selected.id);
      // What was there before is the newest version older than the restore: restoring it undoes the restore.
      const before = (await api.history.list(briefingId)).find((revision) => revision.id < restored.revision.id);
      onRestored({ kind: 'restored', versionAt: selected.createdAt, ...(before ? { undoRevisionId: before.id } : {}) });
    } catch (error) {
      setMessage(t('history.restoreFailed', { reason: errorMessage(error) }));
      setBusy(false);
    }
  };

  useEffect(() => {
    if (compareWith === 'now') return;
    let live = true;
    api.history.get(compareWith).then(
      (revision) => live && setOther(revision),
      (error: unknown) => live && setMessage(t('history.versionReadFailed', { reason: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [api, compareWith, t]);

  const selectedBlocks = useMemo(() => (selected ? versionBlocks(selected, template) : undefined), [selected, template]);
  const comparison = useMemo(() => {
    if (!selected || !selectedBlocks) return undefined;
    if (compareWith === 'now') return compareVersions(selectedBlocks, versionBlocks(current, template));
    if (!other || other.id !== compareWith || other.id === selected.id) return undefined;
    // Always from the older to the newer, whichever was picked first.
    const otherBlocks = versionBlocks(other, template);
    return other.id < selected.id ? compareVersions(otherBlocks, selectedBlocks) : compareVersions(selectedBlocks, otherBlocks);
  }, [selected, selectedBlocks, compareWith, other, current, template]);
  const fieldChanges = useMemo(() => {
    if (!selected) return [];
    if (compareWith === 'now') return compareFields(selected, current, template);
    if (!other || other.id !== compareWith || other.id === selected.id) return [];
    return other.id < selected.id ? compareFields(other, selected, template) : compareFields(selected, other, template);
  }, [selected, compareWith, other, current, template]);

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
                  {revision.followed && <> · {followedSentence(revision.followed, template, t)}</>}
                  {revision.label && <> · “{revisionName(revision)}”</>} · {t('history.words', { count: revision.words, shown: format.number(revision.words) })}
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
                  selectedBlocks && <RevisionPreview blocks={selectedBlocks} />
                ) : (
                  <>
                    <label className="history-compare-with">
                      <span>{t('history.compareWith')}</span>
                      <select value={String(compareWith)} onChange={(event) => setCompareWith(event.target.value === 'now' ? 'now' : Number(event.target.value))}>
                        <option value="now">{t('history.compareNow')}</option>
                        {revisions
                          ?.filter((revision) => revision.id !== selected.id)
                          .map((revision) => (
                            <option key={revision.id} value={revision.id}>
                              {format.date(new Date(revision.createdAt), 'date-and-time')} · {t(revisionReasonMessages[revision.reason])}
                              {revision.followed ? ` · ${followedSentence(revision.followed, template, t)}` : ''}
                              {revision.label ? ` · “${revisionName(revision)}”` : ''}
                            </option>
                          ))}
                      </select>
                    </label>
                    {comparison && <ChangeList key={`${selected.id}-${compareWith}`} comparison={comparison} fields={fieldChanges} againstNow={compareWith === 'now'} />}
                  </>
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

/** A comparison with its changes counted and stepped through: "Next change" scrolls to each in turn and marks it. */
function ChangeList({ comparison, fields, againstNow }: { comparison: ReturnType<typeof compareVersions>; fields: readonly FieldChange[]; againstNow: boolean }) {
  const t = useT();
  const [current, setCurrent] = useState<number | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const element of root.querySelectorAll('.revision-change-current')) element.classList.remove('revision-change-current');
    if (current === undefined) return;
    const marked = root.querySelectorAll(`[data-change="${current}"]`);
    for (const element of marked) element.classList.add('revision-change-current');
    marked[0]?.scrollIntoView({ block: 'center' });
  }, [current, comparison]);
  const { changes } = comparison;
  const step = (by: 1 | -1) => setCurrent((index) => (index === undefined ? (by === 1 ? 0 : changes - 1) : (index + by + changes) % changes));
  return (
    <div ref={container} className="history-comparison">
      <div className="history-change-nav" role="group" aria-label={t('history.comparison')}>
        <span role="status">{changes === 0 ? (fields.length > 0 ? t('history.onlyFieldChanges') : againstNow ? t('history.noChanges') : t('history.noChangesBetween')) : current === undefined ? t('history.changeCount', { count: changes }) : t('history.changeOf', { current: current + 1, count: changes })}</span>
        <button type="button" className="button button-quiet" disabled={changes === 0} onClick={() => step(-1)}>
          {t('history.previousChange')}
        </button>
        <button type="button" className="button button-quiet" disabled={changes === 0} onClick={() => step(1)}>
          {t('history.nextChange')}
        </button>
      </div>
      {fields.length > 0 && <FieldChanges fields={fields} />}
      <RevisionComparison blocks={comparison.blocks} label={t('history.changesSince')} />
    </div>
  );
}

/** Changes to Details as a list of their own: each field with its old value struck through and the new one underlined. */
function FieldChanges({ fields }: { fields: readonly FieldChange[] }) {
  const t = useT();
  const heading = t('history.fieldChanges', { count: fields.length });
  const value = (text: string, Tag: 'del' | 'ins') => (text ? <Tag>{text}</Tag> : <em className="history-field-empty">{t('history.fieldEmpty')}</em>);
  return (
    <section className="history-field-changes" aria-label={heading}>
      <h4>{heading}</h4>
      <dl>
        {fields.map((change) => (
          <div key={change.fieldId} className="history-field-change">
            <dt>{change.label}</dt>
            <dd>
              {value(change.before, 'del')} → {value(change.after, 'ins')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
