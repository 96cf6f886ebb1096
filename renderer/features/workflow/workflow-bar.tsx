import { useState, type FormEvent } from 'react';
import type { BriefingStatus } from '../../../shared/document/briefing';
import { statusMessages, transitionMessage } from '../../../shared/i18n/status-labels';
import { useT } from '../../ui/interface-language';
import { isLockedStatus, transitionsFrom, type StatusTransition } from '../../../shared/document/workflow';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { focusGateIssue, type GateIssue } from './gate-issues';
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
  /** The missing details and empty required sections: listed, each a link to its place, when a step is refused for them. */
  gateIssues?: readonly GateIssue[];
}

/**
 * The briefing's place in the review workflow, with the next steps as
 * buttons. Approved and released briefings say they are read-only and offer
 * "Reopen for editing"; going back to draft asks why, for the history.
 */
export function WorkflowBar({ briefingId, status, saveFirst, onChanged, embargo, gateIssues = [] }: WorkflowBarProps) {
  const t = useT();
  const api = useApi();
  const [asking, setAsking] = useState<StatusTransition | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // A refused "Send for review" or "Approve": the list of what to fill in goes with the sentence.
  const [refusedStep, setRefusedStep] = useState(false);
  const locked = isLockedStatus(status);

  const run = async (transition: StatusTransition, why?: string) => {
    setBusy(true);
    setError(undefined);
    setRefusedStep(false);
    try {
      const revision = await saveFirst();
      if (revision === undefined) throw new Error(t('workflow.notSaved'));
      await api.briefings.changeStatus({ id: briefingId, baseRevision: revision, status: transition.to, ...(why ? { reason: why } : {}) });
      setAsking(undefined);
      onChanged();
    } catch (changeError) {
      setError(t('workflow.failed', { reason: errorMessage(changeError) }));
      setRefusedStep(transition.to === 'in-review' || transition.to === 'approved');
    } finally {
      setBusy(false);
    }
  };

  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    if (asking) void run(asking, reason.trim());
  };

  return (
    <div className={`workflow-bar${locked ? ' workflow-bar-locked' : ''}`} role="region" aria-label={t('workflow.label')}>
      <span className={`status-badge status-${status}`}>{t(statusMessages[status])}</span>
      {locked && <span className="workflow-note">{t('workflow.signedOff')}</span>}
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
            {t(transitionMessage(transition))}
          </button>
        ))}
      </span>
      {error && !asking && (
        <span className="workflow-error" role="alert">
          {error}
        </span>
      )}
      {error && !asking && refusedStep && gateIssues.length > 0 && (
        <ul className="workflow-gate-issues" aria-label={t('workflow.whatIsMissing')}>
          {gateIssues.map((issue) => (
            <li key={issue.key}>
              <button type="button" onClick={() => focusGateIssue(issue)}>
                {issue.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <ModalDialog title={t('workflow.ask', { action: t(transitionMessage(asking)) })} onClose={() => setAsking(undefined)}>
          <form onSubmit={submitReason}>
            <label className="field-label" htmlFor="workflow-reason">
              {t('workflow.why')}
            </label>
            <textarea id="workflow-reason" className="field-control" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus required />
            <DialogActions error={error} cancel={{ onClick: () => setAsking(undefined) }} primary={{ label: t(transitionMessage(asking)), disabled: busy || reason.trim() === '' }} />
          </form>
        </ModalDialog>
      )}
    </div>
  );
}
