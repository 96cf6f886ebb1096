import type { Database } from 'better-sqlite3';
import {
  briefingSchema,
  briefingStatusSchema,
  type Briefing,
  type BriefingStatus,
  type FieldValues,
} from '../../shared/document/briefing';
import { embargoUntilOf } from '../../shared/document/embargo';
import { isIsoDate } from '../../shared/document/field-format';
import type { BriefingTemplate } from '../../shared/document/template';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { SearchableBriefing } from './search-document';
import { writeSearchDocument } from './search-index';
import { fieldValueOf } from '../../shared/document/own-fields';
import { unpackBody, type StoredBody } from './body-codec';

export interface BriefingRow {
  id: string;
  template_id: string;
  title: string;
  language: string;
  status: string;
  fields_json: string;
  participants_json: string;
  /** '' when `body_packed` holds the body (see body-codec.ts). */
  body_json: string;
  body_packed: Buffer | null;
  event_date: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  trashed_at: string | null;
}

export type SummaryRow = Pick<BriefingRow, 'id' | 'template_id' | 'title' | 'language' | 'status' | 'event_date' | 'updated_at' | 'revision'>;

/** The release fields a summary needs, read out of `fields_json` by `releaseColumns`. */
export interface ReleaseRow {
  release_line: unknown;
  embargo_until: unknown;
}

/**
 * SQL result columns for `ReleaseRow` from the briefings row aliased `table`.
 * A damaged `fields_json` gives nulls rather than failing the whole list.
 */
export const releaseColumns = (table: string): string =>
  `CASE WHEN json_valid(${table}.fields_json) THEN json_extract(${table}.fields_json, '$.releaseLine') END AS release_line,
   CASE WHEN json_valid(${table}.fields_json) THEN json_extract(${table}.fields_json, '$.embargoUntil') END AS embargo_until`;

/** The summary's embargo from `releaseColumns`: what `embargoUntilOf` makes of the stored fields. */
export function embargoFromRow(row: ReleaseRow): string | null {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return embargoUntilOf({ releaseLine: text(row.release_line), embargoUntil: text(row.embargo_until) });
}

export function damaged(row: Pick<BriefingRow, 'title'>, part: string, cause: unknown): ServiceError {
  return new ServiceError('storage', { id: 'errors.briefingDamaged', values: { title: row.title, part } }, {
    cause,
  });
}

export function parseJsonColumn(row: Pick<BriefingRow, 'title'>, part: string, json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw damaged(row, part, error);
  }
}

/**
 * The JSON text of a stored body (a briefing's or a revision's), packed or
 * not. Bytes that do not unpack are reported as a damaged body, as JSON that
 * does not parse is by `parseJsonColumn`.
 */
export function bodyJsonOf(row: Pick<BriefingRow, 'title'> & StoredBody): string {
  try {
    return unpackBody(row);
  } catch (error) {
    throw damaged(row, 'body', error);
  }
}

/** A stored body parsed; a damaged one is reported as `damaged(row, 'body')`. */
export function parseBodyColumn(row: Pick<BriefingRow, 'title'> & StoredBody): unknown {
  return parseJsonColumn(row, 'body', bodyJsonOf(row));
}

/** Reads a row back through the model's schema: a damaged row is reported, never handed on as a briefing. */
export function briefingFromRow(row: BriefingRow): Briefing {
  const parsed = briefingSchema.safeParse({
    id: row.id,
    templateId: row.template_id,
    title: row.title,
    language: row.language,
    status: row.status,
    fields: parseJsonColumn(row, 'fields', row.fields_json),
    participants: parseJsonColumn(row, 'participants', row.participants_json),
    body: parseBodyColumn(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  });
  if (!parsed.success) throw damaged(row, String(parsed.error.issues[0]?.path[0] ?? 'content'), parsed.error);
  return parsed.data;
}

export function statusFromRow(row: SummaryRow): BriefingStatus {
  const parsed = briefingStatusSchema.safeParse(row.status);
  if (!parsed.success) throw damaged(row, 'status', parsed.error);
  return parsed.data;
}

/** The template's event date (meeting date, release date …), kept in its own column so the library can sort by it. */
export function eventDateOf(template: BriefingTemplate | undefined, fields: FieldValues): string | null {
  const fieldId = template?.eventDateField;
  const value = fieldId ? fieldValueOf(fields, fieldId) : undefined;
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/**
 * Re-indexes the stored briefing `id` for search; call inside the transaction
 * that changed it. `known` holds parts the caller has at hand (a save's
 * body), so a 100-page body is not read back and parsed again.
 */
export function reindexBriefing(database: Database, id: string, known: Partial<SearchableBriefing> = {}): void {
  const row = database
    .prepare<
      [string],
      Pick<BriefingRow, 'title' | 'fields_json' | 'participants_json' | 'language' | 'template_id'> & { rowid: number; body_json: string | null; body_packed: Buffer | null }
    >(
      `SELECT rowid, title, fields_json, participants_json, language, template_id, ${known.body ? "'[]' AS body_json, NULL AS body_packed" : 'body_json, body_packed'}
       FROM briefings WHERE id = ?`,
    )
    .get(id);
  if (!row) return;
  writeSearchDocument(database, row.rowid, {
    title: known.title ?? row.title,
    fields: known.fields ?? (JSON.parse(row.fields_json) as FieldValues),
    participants: known.participants ?? (JSON.parse(row.participants_json) as Briefing['participants']),
    body: known.body ?? (JSON.parse(unpackBody({ body_json: row.body_json ?? '[]', body_packed: row.body_packed })) as Briefing['body']),
    language: known.language ?? row.language,
    templateId: known.templateId ?? row.template_id,
  });
}
