import type { ValidationIssue } from '../../../shared/document/validate-briefing';
import { sectionLabels } from '../../../shared/document/language/document-language';
import type { SectionElement } from '../../../shared/document/briefing-body';
import type { BriefingTemplate } from '../../../shared/document/template';

/** What holds up "Send for review" or "Approve", each with the place to fix it. */
export interface GateIssue {
  key: string;
  /** The field's label or the section's heading, as the page shows it. */
  label: string;
  target: { fieldId: string } | { sectionId: string };
}

/** The missing details and empty required sections among the validation issues, in their order. */
export function gateIssues(issues: readonly ValidationIssue[], template: BriefingTemplate | undefined, body: readonly SectionElement[], language: string): GateIssue[] {
  return issues.flatMap((issue): GateIssue[] => {
    if (issue.kind === 'missing' && issue.fieldId) {
      const label = template?.fields.find((field) => field.id === issue.fieldId)?.label ?? issue.fieldId;
      return [{ key: `field-${issue.fieldId}`, label, target: { fieldId: issue.fieldId } }];
    }
    if (issue.kind === 'empty-section' && issue.sectionId) {
      const section = body.find((candidate) => candidate.sectionId === issue.sectionId);
      const label = (section && sectionLabels(section, template?.id ?? '', language).heading) || issue.message;
      return [{ key: `section-${issue.sectionId}`, label, target: { sectionId: issue.sectionId } }];
    }
    return [];
  });
}

/** Puts the caret where the issue is fixed: the field's first control in Details, or the start of the section's text. */
export function focusGateIssue(issue: GateIssue): void {
  if ('fieldId' in issue.target) {
    const control = document.querySelector<HTMLElement>(`[data-field-id="${CSS.escape(issue.target.fieldId)}"] :is(input, select, textarea)`);
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
    return;
  }
  const body = document.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(issue.target.sectionId)}"] .section-body`);
  const editable = body?.closest<HTMLElement>('[contenteditable="true"]');
  if (!body || !editable) return;
  body.scrollIntoView({ block: 'center' });
  editable.focus();
  // Slate follows the DOM selection: the caret at the start of the section's first text.
  const text = body.querySelector('[data-slate-string], [data-slate-zero-width]');
  const node = text?.firstChild ?? text;
  if (node) window.getSelection()?.collapse(node, 0);
}
