import type { Database } from 'better-sqlite3';
import { briefingTemplateSchema, type BriefingTemplate } from '../../shared/document/template';
import { builtInTemplates, findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { withStorageErrors } from './storage-error';

interface TemplateRow {
  id: string;
  name: string;
  definition_json: string;
  deleted_at: string | null;
}

function parseTemplate(row: TemplateRow): BriefingTemplate {
  let stored: unknown;
  try {
    stored = JSON.parse(row.definition_json);
  } catch (error) {
    throw new ServiceError('storage', { id: 'errors.templateDamaged', values: { name: row.name } }, { cause: error });
  }
  const parsed = briefingTemplateSchema.safeParse(stored);
  if (!parsed.success) throw new ServiceError('storage', { id: 'errors.templateDamaged', values: { name: row.name } }, { cause: parsed.error });
  // The name column is the one renames change.
  return { ...parsed.data, name: row.name, builtIn: false };
}

/**
 * Every template a library knows: the built-in ones (code-free data shipped
 * with the app) and the ones people saved from their briefings. Deleting a
 * saved template only hides it from "New briefing": briefings made from it
 * still find its fields and sections.
 */
export class TemplateStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Templates for "New briefing": built-in first, then saved ones by name. */
  list(): BriefingTemplate[] {
    const rows = withStorageErrors({ id: 'storage.templatesRead' }, () =>
      this.database.prepare<[], TemplateRow>('SELECT * FROM templates WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id').all(),
    );
    return [...builtInTemplates, ...rows.map(parseTemplate)];
  }

  /** Any template by id, a deleted saved one included; undefined when there is none. */
  find(id: string): BriefingTemplate | undefined {
    const builtIn = findBuiltInTemplate(id);
    if (builtIn) return builtIn;
    const row = withStorageErrors({ id: 'storage.templateRead' }, () =>
      this.database.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?').get(id),
    );
    return row ? parseTemplate(row) : undefined;
  }

  get(id: string): BriefingTemplate {
    const template = this.find(id);
    if (!template) throw new ServiceError('not-found', { id: 'errors.noTemplate', values: { id } });
    return template;
  }

  create(template: BriefingTemplate): BriefingTemplate {
    const checked = briefingTemplateSchema.parse({ ...template, builtIn: false });
    const now = this.clock().toISOString();
    withStorageErrors({ id: 'storage.templateSave' }, () =>
      this.database
        .prepare('INSERT INTO templates (id, name, definition_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(checked.id, checked.name, JSON.stringify(checked), now, now),
    );
    return checked;
  }

  rename(id: string, name: string): BriefingTemplate {
    this.assertSaved(id, 'renamed');
    withStorageErrors({ id: 'storage.templateRename' }, () =>
      this.database.prepare('UPDATE templates SET name = ?, updated_at = ? WHERE id = ?').run(name, this.clock().toISOString(), id),
    );
    return this.get(id);
  }

  remove(id: string): void {
    this.assertSaved(id, 'deleted');
    withStorageErrors({ id: 'storage.templateDelete' }, () =>
      this.database.prepare('UPDATE templates SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.clock().toISOString(), id),
    );
  }

  /** Brings a deleted saved template back into "New briefing" (Undo of a delete). */
  restore(id: string): BriefingTemplate {
    const row = this.database.prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM templates WHERE id = ?').get(id);
    if (findBuiltInTemplate(id) || !row || row.deleted_at === null) throw new ServiceError('not-found', { id: 'errors.noDeletedTemplate', values: { id } });
    withStorageErrors({ id: 'storage.templateSave' }, () =>
      this.database.prepare('UPDATE templates SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(this.clock().toISOString(), id),
    );
    return this.get(id);
  }

  private assertSaved(id: string, action: 'renamed' | 'deleted'): void {
    if (findBuiltInTemplate(id)) throw new ServiceError('invalid-argument', { id: 'errors.builtInTemplate', values: { action } });
    const row = this.database.prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM templates WHERE id = ?').get(id);
    if (!row || row.deleted_at !== null) throw new ServiceError('not-found', { id: 'errors.noTemplate', values: { id } });
  }
}
