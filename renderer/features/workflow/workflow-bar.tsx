import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
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

/**
 * The briefing whose workflow step this window just took. The view is mounted again for the new revision, so the
 * bar that shows the new status is a new one: it reads this to give the keyboard to the next step.
 */
let stepJustTaken: string | undefined;
function noteStepTaken(briefingId: string | undefined): void {
  stepJustTaken = briefingId;
}
/** Whether the new bar of this briefing should take the keyboard; asking answers it once. */
function takeStepFocus(briefingId: string): boolean {
  if (stepJustTaken !== briefingId) return false;
  stepJustTaken = undefined;
  return true;
}

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
  /** The briefing's own commands (Export…, History, …), on this row so the formatting toolbar has its own. */
  commands?: ReactNode;
}

/**
 * The briefing's place in the review workflow, with the next steps as
 * buttons. Approved and released briefings say they are read-only and offer
 * "Reopen for editing"; going back to draft asks why, for the history.
 */
export function WorkflowBar({ briefingId, status, saveFirst, onChanged, embargo, gateIssues = [], commands }: WorkflowBarProps) {
  const t = useT();
  const api = useApi();
  const [asking, setAsking] = useState<StatusTransition | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // A refused "Send for review" or "Approve": the list of what to fill in goes with the sentence.
  const [refusedStep, setRefusedStep] = useState(false);
  const locked = isLockedStatus(status);
  const rowRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!takeStepFocus(briefingId)) return;
    // The step's button went with the step: the keyboard goes to the next step's first button (or the new status
    // when there is none), not back to the start of the page. Unless the person has already gone elsewhere.
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const row = rowRef.current;
    (row?.querySelector<HTMLElement>('.workflow-actions button') ?? row?.querySelector<HTMLElement>('.status-badge'))?.focus();
  }, [status, briefingId]);

  const run = async (transition: StatusTransition, why?: string) => {
    setBusy(true);
    setError(undefined);
    setRefusedStep(false);
    try {
      const revision = await saveFirst();
      if (revision === undefined) throw new Error(t('workflow.notSaved'));
      // Set before the call: the library's change notice can bring the new status before the call returns.
      noteStepTaken(briefingId);
      await api.briefings.changeStatus({ id: briefingId, baseRevision: revision, status: transition.to, ...(why ? { reason: why } : {}) });
      setAsking(undefined);
      onChanged();
    } catch (changeError) {
      noteStepTaken(undefined);
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
    <div ref={rowRef} className={`workflow-bar${locked ? ' workflow-bar-locked' : ''}`} role="region" aria-label={t('workflow.label')}>
      <span className={`status-badge status-${status}`} tabIndex={-1}>
        {t(statusMessages[status])}
      </span>
      {locked && <span className="workflow-note">{t('workflow.signedOff')}</span>}
      {embargo && (
        <span className="workflow-embargo" role="note">
          {embargo}
        </span>
      )}
      {commands && <span className="workflow-commands">{commands}</span>}
      <span className="workflow-actions">
        {transitionsFrom(status).map((transition) => (
          <button
            key={transition.to}
            type="button"
            className={transition.needsReason ? 'button' : 'button button-primary'}
            // Not `disabled`: a disabled button drops the keyboard, and the person's next Tab would start the page over.
            aria-disabled={busy || undefined}
            onClick={() => {
              if (busy) return;
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
