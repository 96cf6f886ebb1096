import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  briefingStatusSchema,
  fieldValuesSchema,
  participantsSchema,
  type Briefing,
  type BriefingSummary,
  type FieldValues,
} from '../../shared/document/briefing';
import { briefingBodySchema } from '../../shared/document/briefing-body';
import type { BriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { ListBriefingsQuery, SaveBriefingRequest, SavedBriefing } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { toStorageError } from './storage-error';

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
}

type SummaryRow = Pick<BriefingRow, 'id' | 'template_id' | 'title' | 'language' | 'status' | 'event_date' | 'updated_at' | 'revision'>;

function parseJsonColumn<T>(row: { id: string }, column: string, json: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ServiceError('storage', `Briefing ${row.id} is damaged in the library (${column} is not valid JSON).`, { cause: error });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ServiceError('storage', `Briefing ${row.id} is damaged in the library (${column} does not match the briefing model).`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

function eventDateOf(templateId: string, fields: FieldValues): string | null {
  const fieldId = findBuiltInTemplate(templateId)?.eventDateField;
  const value = fieldId ? fields[fieldId] : undefined;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function notFound(id: string): ServiceError {
  return new ServiceError('not-found', `No briefing with id ${id}.`);
}

/**
 * The briefings table. Every save names the revision it was based on and is
 * refused as a conflict when the stored one has moved on; the check and the
 * write happen in one IMMEDIATE transaction, so two windows (or the app and
 * the command line) cannot both win.
 */
export class BriefingStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

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
    try {
      this.database
        .prepare(
          `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json,
             event_date, created_at, updated_at, revision)
           VALUES (@id, @templateId, @title, @language, @status, @fields, @participants, @body, @eventDate, @createdAt, @updatedAt, @revision)`,
        )
        .run({
          ...briefing,
          fields: JSON.stringify(briefing.fields),
          participants: JSON.stringify(briefing.participants),
          body: JSON.stringify(briefing.body),
          eventDate: eventDateOf(briefing.templateId, briefing.fields),
        });
    } catch (error) {
      throw toStorageError(error, 'created');
    }
    return briefing;
  }

  get(id: string): Briefing {
    const row = this.database
      .prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ? AND trashed_at IS NULL')
      .get(id);
    if (!row) throw notFound(id);
    return {
      id: row.id,
      templateId: row.template_id,
      title: row.title,
      language: row.language,
      status: parseJsonColumn(row, 'status', JSON.stringify(row.status), briefingStatusSchema),
      fields: parseJsonColumn(row, 'fields', row.fields_json, fieldValuesSchema),
      participants: parseJsonColumn(row, 'participants', row.participants_json, participantsSchema),
      body: parseJsonColumn(row, 'body', row.body_json, briefingBodySchema),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      revision: row.revision,
    };
  }

  /** Briefings in the library (or in the Trash), most recently edited first. */
  list(query: ListBriefingsQuery = {}): BriefingSummary[] {
    const rows = this.database
      .prepare<[], SummaryRow>(
        `SELECT id, template_id, title, language, status, event_date, updated_at, revision FROM briefings
         WHERE trashed_at IS ${query.trashed ? 'NOT NULL' : 'NULL'}
         ORDER BY updated_at DESC, rowid DESC`,
      )
      .all();
    return rows.map((row) => ({
      id: row.id,
      templateId: row.template_id,
      templateName: findBuiltInTemplate(row.template_id)?.name ?? row.template_id,
      title: row.title,
      language: row.language,
      status: briefingStatusSchema.catch('draft').parse(row.status),
      eventDate: row.event_date,
      updatedAt: row.updated_at,
      revision: row.revision,
    }));
  }

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
      const revision = current.revision + 1;
      const updatedAt = this.clock().toISOString();
      const fields = request.fields ?? (JSON.parse(current.fields_json) as FieldValues);
      this.database
        .prepare(
          `UPDATE briefings SET
             title = COALESCE(@title, title),
             language = COALESCE(@language, language),
             fields_json = COALESCE(@fields, fields_json),
             participants_json = COALESCE(@participants, participants_json),
             body_json = COALESCE(@body, body_json),
             event_date = @eventDate,
             updated_at = @updatedAt,
             revision = @revision
           WHERE id = @id`,
        )
        .run({
          id: request.id,
          title: request.title ?? null,
          language: request.language ?? null,
          fields: request.fields ? JSON.stringify(request.fields) : null,
          participants: request.participants ? JSON.stringify(request.participants) : null,
          body: request.body ? JSON.stringify(request.body) : null,
          eventDate: eventDateOf(current.template_id, fields),
          updatedAt,
          revision,
        });
      return { id: request.id, revision, updatedAt };
    });
    try {
      return write.immediate();
    } catch (error) {
      throw toStorageError(error, 'saved');
    }
  }

  moveToTrash(id: string): void {
    try {
      const result = this.database
        .prepare('UPDATE briefings SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL')
        .run(this.clock().toISOString(), id);
      if (result.changes === 0) throw notFound(id);
    } catch (error) {
      throw toStorageError(error, 'moved to the Trash');
    }
  }

  count(): number {
    return (this.database.prepare('SELECT count(*) AS count FROM briefings').get() as { count: number }).count;
  }
}
