import { briefingStatuses, statusLabels, type BriefingStatus } from '../document/briefing';
import type { ExportFormat } from '../document/export/export-options';
import type { StatusTransition } from '../document/workflow';
import type { RevisionReason } from '../ipc/history-service';
import type { MessageKey, Translate } from './messages';

/** Each workflow status as the interface names it. */
export const statusMessages = {
  draft: 'status.draft',
  'in-review': 'status.inReview',
  approved: 'status.approved',
  released: 'status.released',
} as const satisfies Record<BriefingStatus, MessageKey>;

/** Each export format as the interface names it (the export dialog, the save dialog's file type). */
export const exportFormatMessages = {
  pdf: 'export.formatPdf',
  docx: 'export.formatDocx',
  txt: 'export.formatTxt',
  html: 'export.formatHtml',
} as const satisfies Record<ExportFormat, MessageKey>;

/** Why a version was kept, as History names it. */
export const revisionReasonMessages = {
  autosave: 'history.reasonAutosave',
  status: 'history.reasonStatus',
  export: 'history.reasonExport',
  restore: 'history.reasonRestore',
  manual: 'history.reasonManual',
  import: 'history.reasonImport',
  followed: 'history.reasonFollowed',
} as const satisfies Record<RevisionReason, MessageKey>;

/** The button that moves a briefing from one status to the next, in the words of a press office. */
export function transitionMessage(transition: Pick<StatusTransition, 'from' | 'to'>): MessageKey {
  if (transition.to === 'draft') return transition.from === 'in-review' ? 'workflow.returnToDraft' : 'workflow.reopen';
  if (transition.to === 'in-review') return 'workflow.sendForReview';
  if (transition.to === 'approved') return 'workflow.approve';
  return 'workflow.markReleased';
}

/**
 * A status change's History name in `t`'s language. The library stores it as written at the change, the status's
 * English name first ("In review — Leyla Məmmədova: the quote needs the minister's approval", `historyLabel` in
 * electron/storage/briefing-status.ts); the status is said in the interface language, who and why stay as written.
 * Any other name (a version the person named) is returned as it is.
 */
export function statusChangeLabel(label: string, t: Translate): string {
  for (const status of briefingStatuses) {
    const english = statusLabels[status];
    if (label === english || label.startsWith(`${english} — `) || label.startsWith(`${english}: `)) return `${t(statusMessages[status])}${label.slice(english.length)}`;
  }
  return label;
}
