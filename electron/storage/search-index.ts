import type { Database } from 'better-sqlite3';
import { briefingTemplateSchema, type BriefingTemplate } from '../../shared/document/template';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { searchDocument, type SearchableBriefing } from './search-document';

/**
 * The template a briefing was made from, for the values its field references
 * show: a built-in one, or a saved one read from the library. A damaged saved
 * template indexes the references as nothing rather than failing the save.
 */
export function templateForIndex(database: Database, id: string | undefined): BriefingTemplate | undefined {
  if (id === undefined) return undefined;
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return builtIn;
  const row = database.prepare<[string], { definition_json: string }>('SELECT definition_json FROM templates WHERE id = ?').get(id);
  if (!row) return undefined;
  try {
    const parsed = briefingTemplateSchema.safeParse(JSON.parse(row.definition_json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces a briefing's row in the FTS index. Callers run it inside the
 * transaction that writes the briefing, so the index never disagrees with
 * what is stored.
 */
export function writeSearchDocument(database: Database, rowid: number | bigint, briefing: SearchableBriefing): void {
  const document = searchDocument(briefing, templateForIndex(database, briefing.templateId));
  database.prepare('DELETE FROM briefing_search WHERE rowid = ?').run(rowid);
  database
    .prepare(
      `INSERT INTO briefing_search (rowid, title, fields, people, organisations, body)
       VALUES (@rowid, @title, @fields, @people, @organisations, @body)`,
    )
    .run({ rowid, ...document });
}

/** Removes a briefing from the index (it is being deleted for ever). */
export function deleteSearchDocument(database: Database, rowid: number | bigint): void {
  database.prepare('DELETE FROM briefing_search WHERE rowid = ?').run(rowid);
}
