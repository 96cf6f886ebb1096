import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  briefingSchema,
  briefingStatusSchema,
  type Briefing,
  type BriefingStatus,
  type BriefingSummary,
  type FieldValues,
} from '../../shared/document/briefing';
import type { BriefingContent } from '../../shared/document/new-briefing';
import { isIsoDate } from '../../shared/document/field-format';
import type { BriefingTemplate } from '../../shared/document/template';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { ListBriefingsQuery, SaveBriefingRequest, SavedBriefing } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { withStorageErrors } from './storage-error';

interface BriefingRow {
  id: string;
  template_id: string;
  title: string;
  language: string;
  status: string;
  fields_json: string;
  participants_json: string;
  body_json: string;
  event_date: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  trashed_at: string | null;
}

type SummaryRow = Pick<BriefingRow, 'id' | 'template_id' | 'title' | 'language' | 'status' | 'event_date' | 'updated_at' | 'revision'>;

function damaged(row: Pick<BriefingRow, 'title'>, part: string, cause: unknown): ServiceError {
  return new ServiceError('storage', `The briefing "${row.title}" is damaged in the library (its ${part} cannot be read), so it cannot be opened.`, {
    cause,
  });
}

function parseJsonColumn(row: BriefingRow, part: string, json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw damaged(row, part, error);
  }
}

/** Reads a row back through the model's schema: a damaged row is reported, never handed on as a briefing. */
function briefingFromRow(row: BriefingRow): Briefing {
  const parsed = briefingSchema.safeParse({
    id: row.id,
    templateId: row.template_id,
    title: row.title,
    language: row.language,
    status: row.status,
    fields: parseJsonColumn(row, 'fields', row.fields_json),
    participants: parseJsonColumn(row, 'participants', row.participants_json),
    body: parseJsonColumn(row, 'body', row.body_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  });
  if (!parsed.success) throw damaged(row, String(parsed.error.issues[0]?.path[0] ?? 'content'), parsed.error);
  return parsed.data;
}

function statusFromRow(row: SummaryRow): BriefingStatus {
  const parsed = briefingStatusSchema.safeParse(row.status);
  if (!parsed.success) throw damaged(row, 'status', parsed.error);
  return parsed.data;
}

/** The template's event date (meeting date, release date …), kept in its own column so the library can sort by it. */
function eventDateOf(template: BriefingTemplate | undefined, fields: FieldValues): string | null {
  const fieldId = template?.eventDateField;
  const value = fieldId ? fields[fieldId] : undefined;
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/**
 * The contract checks that field values are well formed; only the briefing's
 * template knows which fields exist. A briefing whose template this build
 * does not know may keep the fields it already has.
 */
function assertKnownFields(fields: FieldValues, template: BriefingTemplate | undefined, storedFieldsJson: string): void {
  const known = new Set(template ? template.fields.map((field) => field.id) : Object.keys(JSON.parse(storedFieldsJson) as FieldValues));
  const unknown = Object.keys(fields).find((fieldId) => !known.has(fieldId));
  if (unknown !== undefined) {
    throw new ServiceError('invalid-argument', `The template of this briefing has no field "${unknown}".`);
  }
}

function notFound(id: string): ServiceError {
  return new ServiceError('not-found', `No briefing with id ${id}.`);
}

/**
 * The briefings of one library. Every save names the revision it was based
 * on and is refused as a conflict when the stored one has moved on; the check
 * and the write happen in one IMMEDIATE transaction, so two windows (or the
 * app and the command line) cannot both win.
 */
export class BriefingStore {
  constructor(
    private readonly database: Database,
    /** Source of the timestamps; tests pass a fixed clock. */
    private readonly clock: () => Date = () => new Date(),
    /** Looks a template up by id: built-in or saved in this library. */
    private readonly findTemplate: (id: string) => BriefingTemplate | undefined = findBuiltInTemplate,
  ) {}

  /** Stores a new draft at revision 1. */
  create(content: BriefingContent): Briefing {
    const now = this.clock().toISOString();
    const briefing: Briefing = {
      id: randomUUID(),
      templateId: content.templateId,
      title: content.title,
      language: content.language,
      status: 'draft',
      fields: content.fields,
      participants: content.participants,
      body: content.body,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
    withStorageErrors('the new briefing could not be created', () =>
      this.database
        .prepare(
          `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
             event_date, created_at, updated_at, revision)
           VALUES (@id, @templateId, @title, @language, @status, @fields, @participants, @body,
             @eventDate, @createdAt, @updatedAt, @revision)`,
        )
        .run({
          ...briefing,
          fields: JSON.stringify(briefing.fields),
          participants: JSON.stringify(briefing.participants),
          body: JSON.stringify(briefing.body),
          eventDate: eventDateOf(this.findTemplate(briefing.templateId), briefing.fields),
        }),
    );
    return briefing;
  }

  /** The briefing, unless it does not exist or is in the Trash (both `not-found`). */
  get(id: string): Briefing {
    const row = withStorageErrors('the briefing could not be opened', () =>
      this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ? AND trashed_at IS NULL').get(id),
    );
    if (!row) throw notFound(id);
    return briefingFromRow(row);
  }

  /** Briefings in the library (or in the Trash), most recently edited first. */
  list(query: ListBriefingsQuery = {}): BriefingSummary[] {
    const rows = withStorageErrors('the list of briefings could not be read', () =>
      this.database
        .prepare<[], SummaryRow>(
          `SELECT id, template_id, title, language, status, event_date, updated_at, revision FROM briefings
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
        .prepare<[string], Pick<BriefingRow, 'revision' | 'template_id' | 'fields_json'>>(
          'SELECT revision, template_id, fields_json FROM briefings WHERE id = ? AND trashed_at IS NULL',
        )
        .get(request.id);
      if (!current) throw notFound(request.id);
      if (current.revision !== request.baseRevision) {
        throw new ServiceError('conflict', 'This briefing was changed in another window since you opened it.');
      }
      const template = this.findTemplate(current.template_id);
      if (request.fields) assertKnownFields(request.fields, template, current.fields_json);
      const saved: SavedBriefing = { id: request.id, revision: current.revision + 1, updatedAt: this.clock().toISOString() };
      this.database
        .prepare(
          `UPDATE briefings SET
             title = COALESCE(@title, title),
             language = COALESCE(@language, language),
             fields_json = COALESCE(@fields, fields_json),
             event_date = CASE WHEN @fields IS NULL THEN event_date ELSE @eventDate END,
             participants_json = COALESCE(@participants, participants_json),
             body_json = COALESCE(@body, body_json),
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
          body: request.body ? JSON.stringify(request.body) : null,
          updatedAt: saved.updatedAt,
          revision: saved.revision,
        });
      return saved;
    });
    // IMMEDIATE takes the write lock before the revision is read, so no other writer can slip in between.
    return withStorageErrors('the briefing could not be saved', () => write.immediate());
  }

  /** Moves the briefing to the Trash: it leaves the library list and can no longer be opened or saved. */
  moveToTrash(id: string): void {
    const result = withStorageErrors('the briefing could not be moved to the Trash', () =>
      this.database.prepare('UPDATE briefings SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL').run(this.clock().toISOString(), id),
    );
    if (result.changes === 0) throw notFound(id);
  }

  /** How many briefings the library holds, those in the Trash included. */
  count(): number {
    return withStorageErrors(
      'the briefings could not be counted',
      () => this.database.prepare<[], { count: number }>('SELECT count(*) AS count FROM briefings').get()?.count ?? 0,
    );
  }
}
