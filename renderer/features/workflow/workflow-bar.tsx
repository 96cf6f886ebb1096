import { useState, type FormEvent } from 'react';
import { statusLabels, type BriefingStatus } from '../../../shared/document/briefing';
import { isLockedStatus, transitionsFrom, type StatusTransition } from '../../../shared/document/workflow';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import './workflow.css';

export interface WorkflowBarProps {
  briefingId: string;
  status: BriefingStatus;
  /** Saves what is on screen and gives the revision it is at, or undefined when that failed. */
  saveFirst: () => Promise<number | undefined>;
  /** The status changed: show the briefing again as stored. */
  onChanged: () => void;
  /** "Embargoed until 2 December 2025, 10:00", when the briefing has an embargo. */
  embargo: string | undefined;
}

/**
 * The briefing's place in the review workflow, with the next steps as
 * buttons. Approved and released briefings say they are read-only and offer
 * "Reopen for editing"; going back to draft asks why, for the history.
 */
export function WorkflowBar({ briefingId, status, saveFirst, onChanged, embargo }: WorkflowBarProps) {
  const api = useApi();
  const [asking, setAsking] = useState<StatusTransition | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const locked = isLockedStatus(status);

  const run = async (transition: StatusTransition, why?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const revision = await saveFirst();
      if (revision === undefined) throw new Error('The latest changes are not saved yet (see the status bar).');
      await api.briefings.changeStatus({ id: briefingId, baseRevision: revision, status: transition.to, ...(why ? { reason: why } : {}) });
      setAsking(undefined);
      onChanged();
    } catch (changeError) {
      setError(`The status was not changed: ${errorMessage(changeError)}`);
    } finally {
      setBusy(false);
    }
  };

  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    if (asking) void run(asking, reason.trim());
  };

  return (
    <div className={`workflow-bar${locked ? ' workflow-bar-locked' : ''}`} role="region" aria-label="Workflow">
      <span className={`status-badge status-${status}`}>{statusLabels[status]}</span>
      {locked && <span className="workflow-note">Signed off: the text, details and participants are read-only.</span>}
      {embargo && (
        <span className="workflow-embargo" role="note">
          {embargo}
        </span>
      )}
      <span className="workflow-actions">
        {transitionsFrom(status).map((transition) => (
          <button
            key={transition.to}
            type="button"
            className={transition.needsReason ? 'button' : 'button button-primary'}
            disabled={busy}
            onClick={() => {
              if (transition.needsReason) {
                setReason('');
                setAsking(transition);
              } else {
                void run(transition);
              }
            }}
          >
            {transition.action}
          </button>
        ))}
      </span>
      {error && !asking && (
        <span className="workflow-error" role="alert">
          {error}
        </span>
      )}
      {asking && (
        <ModalDialog title={`${asking.action}?`} onClose={() => setAsking(undefined)}>
          <form onSubmit={submitReason}>
            <label className="field-label" htmlFor="workflow-reason">
              Why does it go back to draft? (kept in the history)
            </label>
            <textarea id="workflow-reason" className="field-control" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus required />
            <DialogActions error={error} cancel={{ onClick: () => setAsking(undefined) }} primary={{ label: asking.action, disabled: busy || reason.trim() === '' }} />
          </form>
        </ModalDialog>
      )}
    </div>
  );
}
