import type { Briefing, BriefingStatus } from './briefing';
import type { BriefingTemplate } from './template';
import { sectionLabels } from './language/document-language';
import { validateBriefing } from './validate-briefing';
import { openCommentCount } from './comments';
import { openSuggestionCount } from './suggestions';
import type { LocalisedMessage, LocalisedValue } from '../ipc/ipc-result';
import { fieldLabelValue } from '../i18n/template-labels';
import { listed } from '../i18n/listed';

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

/**
 * Why a briefing may not take this step yet, or undefined when it may: it
 * goes in front of a reviewer ("in review") or is signed off ("approved")
 * only with every required detail filled in and no required section empty,
 * so nobody reviews or approves half a readout. Going back to draft and
 * marking an approved briefing released are never held up.
 */
export function reviewGateProblem(to: BriefingStatus, briefing: Pick<Briefing, 'fields' | 'body' | 'language'>, template: BriefingTemplate): LocalisedMessage | undefined {
  if (to !== 'in-review' && to !== 'approved') return undefined;
  // Only missing values and empty sections count, which no clock changes; the moment is for validation's other checks.
  const names = validateBriefing(briefing, template, new Date(0)).flatMap((issue): LocalisedValue[] => {
    // A built-in field by its catalog message, so the window and the command line name it in their language.
    if (issue.kind === 'missing') return [fieldLabelValue(template, issue.fieldId)];
    const section = briefing.body.find((candidate) => candidate.sectionId === issue.sectionId);
    // The heading as the person sees it, in the briefing's language.
    if (issue.kind === 'empty-section' && section) {
      const heading = sectionLabels(section, template.id, briefing.language).heading;
      return [heading ? { id: 'errors.sectionNamed', values: { heading } } : { id: 'errors.sectionBody' }];
    }
    return [];
  });
  if (names.length > 0) return { id: 'errors.fillInFirst', values: { names: listed(names), step: to } };
  // A reviewer's open comments are still open questions: nothing is signed off over them.
  const open = to === 'approved' ? openCommentCount(briefing.body) : 0;
  if (open > 0) return { id: 'errors.openComments', values: { count: open } };
  return undefined;
}

/**
 * Why a briefing may not be approved while a reviewer's suggested changes
 * wait for a decision, or undefined: checked after `reviewGateProblem`, as a
 * catalog sentence, so the person reads it in the interface language.
 */
export function suggestionGateProblem(to: BriefingStatus, body: Briefing['body']): LocalisedMessage | undefined {
  if (to !== 'approved') return undefined;
  const count = openSuggestionCount(body);
  return count > 0 ? { id: 'errors.openSuggestions', values: { count } } : undefined;
}
