import type { Database } from 'better-sqlite3';
import { briefingStatusSchema, statusLabels, type BriefingStatus } from '../../shared/document/briefing';
import { statusMessages } from '../../shared/i18n/status-labels';
import { findTransition, isLockedStatus } from '../../shared/document/workflow';
import type { ChangeStatusRequest, SavedBriefing } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { BriefingRow } from './briefing-rows';
import type { RevisionStore } from './revision-store';
import { withStorageErrors } from './storage-error';

function storedStatus(value: string): BriefingStatus {
  const parsed = briefingStatusSchema.safeParse(value);
  if (!parsed.success) throw new ServiceError('storage', { id: 'errors.statusUnknown' });
  return parsed.data;
}

/**
 * Refuses a change to the text, fields or participants of an approved or
 * released briefing: what was signed off stays as it was until someone
 * reopens it. Checked in the save's own transaction, so no window, command
 * line or import can slip a change past the workflow.
 */
export function assertEditable(status: string): void {
  const current = storedStatus(status);
  if (isLockedStatus(current)) {
    throw new ServiceError('invalid-argument', { id: 'errors.readOnlyStatus', values: { status: current } });
  }
}

/** "In review — Leyla Məmmədova: the quote needs the minister's approval" */
function historyLabel(status: BriefingStatus, author: string, reason: string | undefined): string {
  return `${statusLabels[status]}${author ? ` — ${author}` : ''}${reason ? `: ${reason}` : ''}`.slice(0, 200);
}

/**
 * One step of the workflow: checked against the allowed steps and the
 * revision the person saw, written, and recorded in the history with who
 * did it (the author name from Settings) — all in one IMMEDIATE transaction.
 * Status versions carry a label, so pruning never removes them.
 */
export function changeBriefingStatus(database: Database, revisions: RevisionStore, now: () => Date, request: ChangeStatusRequest, author: string): SavedBriefing {
  const write = database.transaction((): SavedBriefing => {
    const current = database.prepare<[string], Pick<BriefingRow, 'revision' | 'status'>>('SELECT revision, status FROM briefings WHERE id = ? AND trashed_at IS NULL').get(request.id);
    if (!current) throw new ServiceError('not-found', { id: 'errors.noBriefing', values: { id: request.id } });
    if (current.revision !== request.baseRevision) throw new ServiceError('conflict', { id: 'errors.changedElsewhere' });
    const from = storedStatus(current.status);
    const transition = findTransition(from, request.status);
    if (!transition) {
      throw new ServiceError('invalid-argument', { id: 'errors.badTransition', values: { from: { id: statusMessages[from] }, to: { id: statusMessages[request.status] } } });
    }
    const reason = request.reason?.trim();
    if (transition.needsReason && !reason) throw new ServiceError('invalid-argument', { id: 'errors.reasonNeeded' });
    const saved: SavedBriefing = { id: request.id, revision: current.revision + 1, updatedAt: now().toISOString() };
    database.prepare('UPDATE briefings SET status = ?, revision = ?, updated_at = ? WHERE id = ?').run(request.status, saved.revision, saved.updatedAt, request.id);
    revisions.record(request.id, { reason: 'status', label: historyLabel(request.status, author.trim(), reason) });
    return saved;
  });
  return withStorageErrors({ id: 'storage.statusChange' }, () => write.immediate());
}
