import type { Database } from 'better-sqlite3';
import { briefingSchema, type Briefing } from '../../shared/document/briefing';
import { resolveFieldReference } from '../../shared/document/field-references';
import type { BriefingTemplate } from '../../shared/document/template';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { textStats, type FieldResolver } from '../../shared/document/text-stats';
import { z } from 'zod';
import type { FollowedFields, Revision, RevisionReason, RevisionSummary } from '../../shared/ipc/history-service';
import { revisionReasonSchema } from '../../shared/ipc/history-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { packBody } from './body-codec';
import { bodyJsonOf, damaged, parseBodyColumn, parseJsonColumn, type BriefingRow } from './briefing-rows';
import { revisionsToPrune, type PrunableRevision } from './revision-pruning';
import { withStorageErrors } from './storage-error';

/**
 * Autosave writes every second or two while someone types; a revision for
 * each save would bury the useful ones. A save leaves an `autosave`
 * checkpoint only when the briefing's newest revision is older than this.
 */
export const autosaveCheckpointMs = 5 * 60_000;

interface RevisionRow {
  id: number;
  briefing_id: string;
  briefing_revision: number;
  reason: string;
  label: string | null;
  followed_json: string | null;
  created_at: string;
  words: number;
  title: string;
  language: string;
  status: string;
  fields_json: string;
  participants_json: string;
  /** '' when `body_packed` holds the body (see body-codec.ts). */
  body_json: string;
  body_packed: Buffer | null;
}

type RevisionSummaryRow = Pick<RevisionRow, 'id' | 'briefing_id' | 'briefing_revision' | 'reason' | 'label' | 'followed_json' | 'created_at' | 'words'>;

const followedSchema = z.strictObject({ fields: z.array(z.string()), language: z.string() });

/** A `followed` row's data; a damaged one has none, and History shows the reason alone rather than failing to list. */
function followedOf(row: RevisionSummaryRow): FollowedFields | undefined {
  if (row.followed_json === null) return undefined;
  try {
    const parsed = followedSchema.safeParse(JSON.parse(row.followed_json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function summaryFromRow(row: RevisionSummaryRow): RevisionSummary {
  const followed = followedOf(row);
  return {
    id: row.id,
    briefingId: row.briefing_id,
    briefingRevision: row.briefing_revision,
    reason: revisionReasonSchema.catch('autosave').parse(row.reason),
    label: row.label,
    ...(followed ? { followed } : {}),
    createdAt: row.created_at,
    words: row.words,
  };
}

export type RecordRevisionOptions =
  | {
      reason: Exclude<RevisionReason, 'followed'>;
      /** A name the person gave ("Sent to the minister"); a labelled revision is never pruned. */
      label?: string;
    }
  /** Fields that followed another language version; never pruned either, as when it was a labelled one. */
  | { reason: 'followed'; followed: FollowedFields };

/** The revisions ("History") of the briefings of one library. */
export class RevisionStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
    /** Looks a template up by id, so field references count as the words they show, as the status bar counts them. */
    private readonly findTemplate: (id: string) => BriefingTemplate | undefined = findBuiltInTemplate,
  ) {}

  /**
   * Records a snapshot of what is stored now for the briefing, with a reason
   * (and a label for "Save version…"), then prunes its older revisions. Runs
   * in its own IMMEDIATE transaction, or inside the caller's if there is one
   * — so a status change or an export can record in the same transaction as
   * its own write.
   */
  record(briefingId: string, options: RecordRevisionOptions): RevisionSummary {
    const write = this.database.transaction(() => {
      const row = this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ? AND trashed_at IS NULL').get(briefingId);
      if (!row) throw new ServiceError('not-found', { id: 'errors.noBriefing', values: { id: briefingId } });
      return this.recordRow(row, options);
    });
    return withStorageErrors({ id: 'storage.versionSave' }, () => write.immediate());
  }

  /**
   * Inside a save's transaction: records an `autosave` checkpoint of the row
   * just written when the briefing has no revision from the last
   * {@link autosaveCheckpointMs}.
   */
  checkpointAfterSave(briefingId: string): void {
    const newest = this.database
      .prepare<[string], { created_at: string }>('SELECT created_at FROM revisions WHERE briefing_id = ? ORDER BY created_at DESC, id DESC LIMIT 1')
      .get(briefingId);
    if (newest && this.clock().getTime() - Date.parse(newest.created_at) < autosaveCheckpointMs) return;
    const row = this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ?').get(briefingId);
    if (row) this.recordRow(row, { reason: 'autosave' });
  }

  /** Snapshot of `row`; must run inside a transaction. */
  recordRow(row: BriefingRow, options: RecordRevisionOptions): RevisionSummary {
    const bodyJson = bodyJsonOf(row);
    const body = parseJsonColumn(row, 'body', bodyJson) as Briefing['body'];
    const createdAt = this.clock().toISOString();
    const template = this.findTemplate(row.template_id);
    const fields = parseJsonColumn(row, 'fields', row.fields_json) as Briefing['fields'];
    const resolve: FieldResolver | undefined = template ? (reference) => resolveFieldReference(reference, template, fields, row.language).value : undefined;
    const words = textStats(body, resolve).words;
    const label = options.reason === 'followed' ? null : (options.label ?? null);
    const followed = options.reason === 'followed' ? options.followed : undefined;
    const result = this.database
      .prepare(
        `INSERT INTO revisions (briefing_id, briefing_revision, reason, label, followed_json, created_at, words, title, language, status,
           fields_json, participants_json, body_json, body_packed)
         VALUES (@briefingId, @revision, @reason, @label, @followed, @createdAt, @words, @title, @language, @status, @fields, @participants,
           @body_json, @body_packed)`,
      )
      .run({
        briefingId: row.id,
        revision: row.revision,
        reason: options.reason,
        label,
        followed: followed ? JSON.stringify(followed) : null,
        createdAt,
        words,
        title: row.title,
        language: row.language,
        status: row.status,
        fields: row.fields_json,
        participants: row.participants_json,
        // The row's packed bytes as they are; a row not packed yet (written before migration 0200) is packed for its revision.
        ...(row.body_packed === null ? packBody(bodyJson) : { body_json: row.body_json, body_packed: row.body_packed }),
      });
    this.prune(row.id);
    return {
      id: Number(result.lastInsertRowid),
      briefingId: row.id,
      briefingRevision: row.revision,
      reason: options.reason,
      label,
      ...(followed ? { followed } : {}),
      createdAt,
      words,
    };
  }

  /** The briefing's revisions, newest first (Trash included: a restored briefing keeps its history). */
  list(briefingId: string): RevisionSummary[] {
    return withStorageErrors({ id: 'storage.historyRead' }, () =>
      this.database
        .prepare<[string], RevisionSummaryRow>(
          `SELECT id, briefing_id, briefing_revision, reason, label, followed_json, created_at, words FROM revisions
           WHERE briefing_id = ? ORDER BY created_at DESC, id DESC`,
        )
        .all(briefingId)
        .map(summaryFromRow),
    );
  }

  get(revisionId: number): Revision {
    const row = withStorageErrors({ id: 'storage.versionRead' }, () =>
      this.database.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE id = ?').get(revisionId),
    );
    if (!row) throw new ServiceError('not-found', { id: 'errors.noVersion', values: { id: revisionId } });
    const content = briefingSchema
      .pick({ title: true, language: true, status: true, fields: true, participants: true, body: true })
      .safeParse({
        title: row.title,
        language: row.language,
        status: row.status,
        fields: parseJsonColumn(row, 'fields', row.fields_json),
        participants: parseJsonColumn(row, 'participants', row.participants_json),
        body: parseBodyColumn(row),
      });
    if (!content.success) throw damaged(row, 'saved version', content.error);
    return { ...summaryFromRow(row), ...content.data };
  }

  /** Applies the pruning policy to one briefing's revisions (inside the caller's transaction). */
  private prune(briefingId: string): void {
    const revisions = this.database
      .prepare<[string], PrunableRevision>('SELECT id, created_at AS createdAt, label, reason FROM revisions WHERE briefing_id = ?')
      .all(briefingId);
    const remove = this.database.prepare('DELETE FROM revisions WHERE id = ?');
    for (const id of revisionsToPrune(revisions, this.clock())) remove.run(id);
  }
}
