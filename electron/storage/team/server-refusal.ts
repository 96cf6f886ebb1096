import type { MessageKey } from '../../../shared/i18n/messages';
import type { LocalisedMessage, LocalisedValue } from '../../../shared/ipc/ipc-result';

/** What the database's own refusals carry: `HINT = 'briefing-desk:<key>'` and its values as JSON in DETAIL (server schema 50). */
export const refusalHintPrefix = 'briefing-desk:';

/** Each key the server's triggers and functions give, as the client's catalog message; written out whole for the catalog test. */
const refusals: Readonly<Record<string, MessageKey>> = {
  'no-office': 'teamRefusal.noOffice',
  'reviewer-only': 'teamRefusal.reviewerOnly',
  'trash-move-changes': 'teamRefusal.trashMoveChanges',
  'revision-mismatch': 'teamRefusal.revisionMismatch',
  'in-trash': 'teamRefusal.inTrash',
  'keeps-id': 'teamRefusal.keepsId',
  'approved-by-other': 'teamRefusal.approvedByOther',
  'history-append-only': 'teamRefusal.historyAppendOnly',
  'delete-reviewer-only': 'teamServer.deleteReviewerOnly',
  'delete-not-in-trash': 'teamServer.deleteNotInTrash',
};

/**
 * A server set up before schema 50 raises the same refusals with English text only: each is known by its
 * fixed wording, so those servers' refusals read in the interface language too (the values are the
 * `%s` the server put in).
 */
const englishRefusals: readonly { pattern: RegExp; key: string; values?: (match: RegExpExecArray) => Record<string, LocalisedValue> }[] = [
  { pattern: /^Your login belongs to no office on the team server/u, key: 'no-office' },
  { pattern: /^Only a reviewer can approve or release a briefing\./u, key: 'reviewer-only' },
  { pattern: /^A move to or from the Trash cannot change the briefing\./u, key: 'trash-move-changes' },
  {
    pattern: /^The server has revision (\d+) of this briefing; a save must bring revision (\d+)\./u,
    key: 'revision-mismatch',
    values: (match) => ({ server: Number(match[1]), expected: Number(match[2]) }),
  },
  { pattern: /^This briefing is in the Trash on the server; restore it before changing it\./u, key: 'in-trash' },
  { pattern: /^A briefing keeps its id\./u, key: 'keeps-id' },
  { pattern: /^This briefing by (.+) is approved; only a reviewer can change it\./u, key: 'approved-by-other', values: (match) => ({ author: match[1] ?? '' }) },
  { pattern: /^The history of the team library is append-only\./u, key: 'history-append-only' },
  { pattern: /^Only a reviewer can delete a briefing for ever/u, key: 'delete-reviewer-only' },
  { pattern: /^Only a briefing in the Trash can be deleted for ever\./u, key: 'delete-not-in-trash' },
];

/** PostgreSQL's own refusals (no key of ours: a grant, a row-level policy, a check), by SQLSTATE. */
const bySqlState: Readonly<Record<string, MessageKey>> = {
  '42501': 'teamRefusal.notAllowed',
  '40001': 'teamRefusal.changedMeanwhile',
  '23514': 'teamRefusal.badValue',
  '22P02': 'teamRefusal.badValue',
};

function detailValues(detail: unknown): Record<string, LocalisedValue> {
  if (typeof detail !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(detail);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
  } catch {
    return {};
  }
}

/**
 * The team server's refusal (a trigger's or a function's RAISE, or PostgreSQL's
 * own for rights and checks) as a catalog message, read from its key and
 * never from its English text; undefined for an error that is not one.
 */
export function serverRefusal(error: unknown): LocalisedMessage | undefined {
  const { code, hint, detail, message } = (error ?? {}) as { code?: unknown; hint?: unknown; detail?: unknown; message?: unknown };
  if (typeof hint === 'string' && hint.startsWith(refusalHintPrefix)) {
    const id = refusals[hint.slice(refusalHintPrefix.length)];
    if (id) return { id, values: detailValues(detail) };
  }
  if (typeof message === 'string') {
    for (const known of englishRefusals) {
      const match = known.pattern.exec(message);
      const id = match ? refusals[known.key] : undefined;
      if (match && id) return { id, values: known.values?.(match) ?? {} };
    }
  }
  const byState = typeof code === 'string' ? bySqlState[code] : undefined;
  return byState ? { id: byState } : undefined;
}
