import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Briefing, BriefingStatus, BriefingSummary, FieldValues } from '../../shared/document/briefing';
import type { BriefingContent } from '../../shared/document/new-briefing';
import type { BriefingTemplate } from '../../shared/document/template';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { ChangeStatusRequest, ListBriefingsQuery, SaveBriefingRequest, SavedBriefing } from '../../shared/ipc/briefing-service';
import type { RestoredRevision } from '../../shared/ipc/history-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { briefingFromRow, embargoFromRow, eventDateOf, reindexBriefing, releaseColumns, statusFromRow, type BriefingRow, type ReleaseRow, type SummaryRow } from './briefing-rows';
import { assertEditable, changeBriefingStatus } from './briefing-status';
import { packBody } from './body-codec';
import { RevisionStore } from './revision-store';
import { deleteSearchDocument } from './search-index';
import { withStorageErrors } from './storage-error';
import { templateFieldIds, unknownFieldReference } from '../../shared/document/own-fields';

/** Days a briefing stays in the Trash before it is deleted for ever. */
export const trashRetentionDays = 30;

/**
 * The contract checks that field values are well formed; only the briefing's
 * template knows which fields exist. A briefing whose template this build
 * does not know may keep the fields it already has.
 */
function assertKnownFields(fields: FieldValues, template: BriefingTemplate | undefined, storedFieldsJson: string): void {
  const known = new Set(template ? template.fields.map((field) => field.id) : Object.keys(JSON.parse(storedFieldsJson) as FieldValues));
  const unknown = Object.keys(fields).find((fieldId) => !known.has(fieldId));
  if (unknown !== undefined) {
    throw new ServiceError('invalid-argument', { id: 'errors.unknownField', values: { field: unknown } });
  }
}

function notFound(id: string): ServiceError {
  return new ServiceError('not-found', { id: 'errors.noBriefing', values: { id } });
}

/**
 * The briefings of one library. Every save names the revision it was based
 * on and is refused as a conflict when the stored one has moved on; the check
 * and the write happen in one IMMEDIATE transaction, so two windows (or the
 * app and the command line) cannot both win.
 */
export class BriefingStore {
  /** The history of these briefings; saves leave checkpoints in it. */
  readonly revisions: RevisionStore;

  constructor(
    private readonly database: Database,
    /** Source of the timestamps; tests pass a fixed clock. */
    private readonly clock: () => Date = () => new Date(),
    /** Looks a template up by id: built-in or saved in this library. */
    private readonly findTemplate: (id: string) => BriefingTemplate | undefined = findBuiltInTemplate,
  ) {
    this.revisions = new RevisionStore(database, clock, findTemplate);
  }

  /** Stores a new draft at revision 1, and indexes it for search in the same transaction. */
  create(content: BriefingContent, options: { status?: BriefingStatus; createdAt?: string } = {}): Briefing {
    const now = this.clock().toISOString();
    const briefing: Briefing = {
      id: randomUUID(),
      templateId: content.templateId,
      title: content.title,
      language: content.language,
      status: options.status ?? 'draft',
      fields: content.fields,
      participants: content.participants,
      body: content.body,
      createdAt: options.createdAt ?? now,
      updatedAt: now,
      revision: 1,
    };
    const write = this.database.transaction(() => {
      this.insert(briefing);
      reindexBriefing(this.database, briefing.id);
    });
    withStorageErrors({ id: 'storage.briefingCreate' }, () => write.immediate());
    return briefing;
  }

  private insert(briefing: Briefing): void {
      this.database
        .prepare(
          `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, body_packed,
             event_date, created_at, updated_at, revision)
           VALUES (@id, @templateId, @title, @language, @status, @fields, @participants, @body_json, @body_packed,
             @eventDate, @createdAt, @updatedAt, @revision)`,
        )
        .run({
          ...briefing,
          fields: JSON.stringify(briefing.fields),
          participants: JSON.stringify(briefing.participants),
          ...packBody(JSON.stringify(briefing.body)),
          eventDate: eventDateOf(this.findTemplate(briefing.templateId), briefing.fields),
        });
  }

  /** The briefing, unless it does not exist or is in the Trash (both `not-found`). */
  get(id: string): Briefing {
    const row = withStorageErrors({ id: 'storage.briefingOpen' }, () =>
      this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ? AND trashed_at IS NULL').get(id),
    );
    if (!row) throw notFound(id);
    return briefingFromRow(row);
  }

  /**
   * Throws `not-found` unless the briefing is in the library (not in the Trash), as `get` does, without reading or
   * checking its content: for calls that only need it to be there (a 2,000-block body takes tens of milliseconds to
   * parse and validate, paid on every open).
   */
  assertPresent(id: string): void {
    const row = withStorageErrors({ id: 'storage.briefingOpen' }, () =>
      this.database.prepare<[string], { found: number }>('SELECT 1 AS found FROM briefings WHERE id = ? AND trashed_at IS NULL').get(id),
    );
    if (!row) throw notFound(id);
  }

  /** Briefings in the library (or in the Trash), most recently edited first. */
  list(query: ListBriefingsQuery = {}): BriefingSummary[] {
    const rows = withStorageErrors({ id: 'storage.listRead' }, () =>
      this.database
        .prepare<[], SummaryRow & ReleaseRow>(
          `SELECT id, template_id, title, language, status, event_date, updated_at, revision, ${releaseColumns('briefings')} FROM briefings
           WHERE trashed_at IS ${query.trashed ? 'NOT NULL' : 'NULL'}
           ORDER BY updated_at DESC, rowid DESC`,
        )
        .all(),
    );
    return rows.map((row) => ({
      id: row.id,
      templateId: row.template_id,
      templateName: this.findTemplate(row.template_id)?.name ?? row.template_id,
      title: row.title,
      language: row.language,
      status: statusFromRow(row),
      eventDate: row.event_date,
      embargoUntil: embargoFromRow(row),
      updatedAt: row.updated_at,
      revision: row.revision,
    }));
  }

  /**
   * Writes the parts the request names (the rest stays as stored) and moves
   * the revision on by one. Refused with `conflict` when the stored revision
   * is not `request.baseRevision`: another window saved first, and its work
   * must not be overwritten silently.
   */
  save(request: SaveBriefingRequest): SavedBriefing {
    const write = this.database.transaction((): SavedBriefing => {
      const current = this.database
        .prepare<[string], Pick<BriefingRow, 'revision' | 'template_id' | 'fields_json' | 'status'>>(
          'SELECT revision, template_id, fields_json, status FROM briefings WHERE id = ? AND trashed_at IS NULL',
        )
        .get(request.id);
      if (!current) throw notFound(request.id);
      if (current.revision !== request.baseRevision) {
        throw new ServiceError('conflict', { id: 'errors.changedElsewhere' });
      }
      assertEditable(current.status);
      const template = this.findTemplate(current.template_id);
      if (request.fields) assertKnownFields(request.fields, template, current.fields_json);
      const unknownReference = template && request.body ? unknownFieldReference(request.body, templateFieldIds(template)) : undefined;
      if (unknownReference !== undefined) {
        throw new ServiceError('invalid-argument', { id: 'errors.unknownReference', values: { field: unknownReference } });
      }
      const saved: SavedBriefing = { id: request.id, revision: current.revision + 1, updatedAt: this.clock().toISOString() };
      this.database
        .prepare(
          `UPDATE briefings SET
             title = COALESCE(@title, title),
             language = COALESCE(@language, language),
             fields_json = COALESCE(@fields, fields_json),
             event_date = CASE WHEN @fields IS NULL THEN event_date ELSE @eventDate END,
             participants_json = COALESCE(@participants, participants_json),
             body_json = COALESCE(@body_json, body_json),
             body_packed = CASE WHEN @body_json IS NULL THEN body_packed ELSE @body_packed END,
             updated_at = @updatedAt,
             revision = @revision
           WHERE id = @id`,
        )
        .run({
          id: request.id,
          title: request.title ?? null,
          language: request.language ?? null,
          fields: request.fields ? JSON.stringify(request.fields) : null,
          eventDate: request.fields ? eventDateOf(template, request.fields) : null,
          participants: request.participants ? JSON.stringify(request.participants) : null,
          // Packed up to about ten pages (see body-codec.ts): a longer body is written as JSON, as before.
          ...(request.body ? packBody(JSON.stringify(request.body)) : { body_json: null, body_packed: null }),
          updatedAt: saved.updatedAt,
          revision: saved.revision,
        });
      // Only a change someone can search for touches the index; the language is one (dates in the body, Azerbaijani spellings).
      if (request.title !== undefined || request.language !== undefined || request.fields || request.participants || request.body) {
        reindexBriefing(this.database, request.id, {
          ...(request.title !== undefined ? { title: request.title } : {}),
          ...(request.fields ? { fields: request.fields } : {}),
          ...(request.participants ? { participants: request.participants } : {}),
          ...(request.body ? { body: request.body } : {}),
        });
      }
      this.revisions.checkpointAfterSave(request.id);
      return saved;
    });
    // IMMEDIATE takes the write lock before the revision is read, so no other writer can slip in between.
    return withStorageErrors({ id: 'storage.briefingSave' }, () => write.immediate());
  }

  /** One step of the review workflow, recorded in the history with `author` (see `changeBriefingStatus`). */
  changeStatus(request: ChangeStatusRequest, author: string): SavedBriefing {
    return changeBriefingStatus(this.database, this.revisions, this.clock, request, author);
  }

  /** Moves the briefing to the Trash: it leaves the library list and can no longer be opened or saved. */
  moveToTrash(id: string): void {
    const result = withStorageErrors({ id: 'storage.briefingTrash' }, () =>
      this.database.prepare('UPDATE briefings SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL').run(this.clock().toISOString(), id),
    );
    if (result.changes === 0) throw notFound(id);
  }

  /** Brings a briefing back from the Trash, with its history. */
  restoreFromTrash(id: string): void {
    const result = withStorageErrors({ id: 'storage.briefingRestore' }, () =>
      this.database.prepare('UPDATE briefings SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL').run(id),
    );
    if (result.changes === 0) throw new ServiceError('not-found', { id: 'errors.notInTrash' });
  }

  /** Deletes a briefing that is in the Trash, with its history and its search entry. Only the Trash can be emptied. */
  deleteForever(id: string): void {
    const remove = this.database.transaction(() => {
      const row = this.database.prepare<[string], { rowid: number }>('SELECT rowid FROM briefings WHERE id = ? AND trashed_at IS NOT NULL').get(id);
      if (!row) throw new ServiceError('not-found', { id: 'errors.notInTrash' });
      deleteSearchDocument(this.database, row.rowid);
      this.database.prepare('DELETE FROM briefings WHERE rowid = ?').run(row.rowid);
    });
    withStorageErrors({ id: 'storage.briefingDelete' }, () => remove.immediate());
  }

  /** Deletes for ever what has been in the Trash for more than {@link trashRetentionDays} days; returns how many. */
  emptyExpiredTrash(): number {
    const cutoff = new Date(this.clock().getTime() - trashRetentionDays * 86_400_000).toISOString();
    const remove = this.database.transaction(() => {
      const expired = this.database.prepare<[string], { rowid: number }>('SELECT rowid FROM briefings WHERE trashed_at < ?').all(cutoff);
      for (const { rowid } of expired) {
        deleteSearchDocument(this.database, rowid);
        this.database.prepare('DELETE FROM briefings WHERE rowid = ?').run(rowid);
      }
      return expired.length;
    });
    return withStorageErrors({ id: 'storage.trashEmpty' }, () => remove.immediate());
  }

  /** A copy with a new id, titled "Copy of …", as a draft, without the history. */
  duplicate(id: string): Briefing {
    const original = this.get(id);
    return this.create({
      templateId: original.templateId,
      title: `Copy of ${original.title.trim() || 'Untitled briefing'}`.slice(0, 500),
      language: original.language,
      fields: original.fields,
      participants: original.participants,
      body: original.body,
    });
  }

  /**
   * Makes a revision's content current, as a new briefing revision: what was
   * stored is first kept as an `autosave` revision (unless the newest
   * revision already shows it), then a `restore` revision records the result.
   * The workflow status stays as it is: restoring text is not a review step.
   */
  restoreRevision(revisionId: number): RestoredRevision {
    const restore = this.database.transaction((): RestoredRevision => {
      const revision = this.revisions.get(revisionId);
      const current = this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ? AND trashed_at IS NULL').get(revision.briefingId);
      if (!current) throw notFound(revision.briefingId);
      assertEditable(current.status);
      const newest = this.revisions.list(revision.briefingId)[0];
      if (!newest || newest.briefingRevision !== current.revision) this.revisions.recordRow(current, { reason: 'autosave' });
      this.database
        .prepare(
          `UPDATE briefings SET title = @title, language = @language, fields_json = @fields, participants_json = @participants,
             body_json = @body_json, body_packed = @body_packed, event_date = @eventDate, updated_at = @updatedAt, revision = revision + 1 WHERE id = @id`,
        )
        .run({
          id: current.id,
          title: revision.title,
          language: revision.language,
          fields: JSON.stringify(revision.fields),
          participants: JSON.stringify(revision.participants),
          ...packBody(JSON.stringify(revision.body)),
          eventDate: eventDateOf(this.findTemplate(current.template_id), revision.fields),
          updatedAt: this.clock().toISOString(),
        });
      reindexBriefing(this.database, current.id);
      const restored = this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ?').get(current.id);
      if (!restored) throw notFound(current.id);
      return { briefing: briefingFromRow(restored), revision: this.revisions.recordRow(restored, { reason: 'restore' }) };
    });
    return withStorageErrors({ id: 'storage.versionRestore' }, () => restore.immediate());
  }

  /** How many briefings the library holds, those in the Trash included. */
  count(): number {
    return withStorageErrors(
      { id: 'storage.briefingsCount' },
      () => this.database.prepare<[], { count: number }>('SELECT count(*) AS count FROM briefings').get()?.count ?? 0,
    );
  }
}
