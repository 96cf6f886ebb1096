import type { BriefingStatus } from './briefing';

export interface StatusTransition {
  from: BriefingStatus;
  to: BriefingStatus;
  /** The button a person presses, in the words of a press office. */
  action: string;
  /** Going back to draft says why, for the record (e.g. "Ministry asked for a new quote"). */
  needsReason: boolean;
}

/**
 * The review workflow: draft → in review → approved → released, and back
 * to draft from any later step with a reason. Nothing else: a draft cannot
 * be released without review, and a released briefing is only reopened.
 */
export const statusTransitions: readonly StatusTransition[] = [
  { from: 'draft', to: 'in-review', action: 'Send for review', needsReason: false },
  { from: 'in-review', to: 'approved', action: 'Approve', needsReason: false },
  { from: 'in-review', to: 'draft', action: 'Return to draft', needsReason: true },
  { from: 'approved', to: 'released', action: 'Mark as released', needsReason: false },
  { from: 'approved', to: 'draft', action: 'Reopen for editing', needsReason: true },
  { from: 'released', to: 'draft', action: 'Reopen for editing', needsReason: true },
];

export function transitionsFrom(status: BriefingStatus): StatusTransition[] {
  return statusTransitions.filter((transition) => transition.from === status);
}

export function findTransition(from: BriefingStatus, to: BriefingStatus): StatusTransition | undefined {
  return statusTransitions.find((transition) => transition.from === from && transition.to === to);
}

/** Approved and released briefings are what was signed off: their text, fields and participants cannot change. */
export function isLockedStatus(status: BriefingStatus): boolean {
  return status === 'approved' || status === 'released';
}

/** Anything not yet signed off is exported with a DRAFT mark unless the person turns it off. */
export function needsDraftMark(status: BriefingStatus): boolean {
  return !isLockedStatus(status);
}
