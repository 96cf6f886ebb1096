import type { Database } from 'better-sqlite3';
import { findBuiltInTemplate } from '../../../shared/document/templates/built-in-templates';
import type { Migration } from './migration';

/**
 * The History entry a language version gets when fields followed another
 * version was an English sentence in `label` ("Meeting date, Guest changed in
 * the English version"), so an Azerbaijani or Russian window showed English.
 * It becomes data: the reason `followed` and `followed_json`
 * (`{"fields": ids, "language": tag}`), which each reader words in its own
 * language. SQLite cannot widen a CHECK, so the table is rebuilt (rowids,
 * hence revision ids, kept). Rows written by earlier versions are converted
 * when their label is exactly that sentence, its field labels are the
 * briefing's template's and its language is one of the family's; any other
 * label stays as it was (a name someone gave, or a sentence cut at 200
 * characters).
 */
export const recordFollowedFields: Migration = {
  version: 180,
  name: 'record followed fields',
  up(database) {
    database.exec(`
      CREATE TABLE revisions_followed (
        id INTEGER PRIMARY KEY,
        briefing_id TEXT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
        -- The briefing's revision number this snapshot shows.
        briefing_revision INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('autosave', 'status', 'export', 'restore', 'manual', 'import', 'followed')),
        label TEXT,
        -- What a 'followed' revision records: {"fields": [field ids], "language": tag of the version they changed in}.
        followed_json TEXT CHECK ((reason = 'followed') = (followed_json IS NOT NULL) AND (followed_json IS NULL OR json_valid(followed_json))),
        created_at TEXT NOT NULL,
        words INTEGER NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        status TEXT NOT NULL,
        fields_json TEXT NOT NULL,
        participants_json TEXT NOT NULL,
        body_json TEXT NOT NULL
      ) STRICT;
      INSERT INTO revisions_followed (id, briefing_id, briefing_revision, reason, label, followed_json, created_at, words, title, language, status,
          fields_json, participants_json, body_json)
        SELECT id, briefing_id, briefing_revision, reason, label, NULL, created_at, words, title, language, status,
          fields_json, participants_json, body_json FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_followed RENAME TO revisions;
      CREATE INDEX revisions_by_briefing ON revisions (briefing_id, created_at);
    `);
    convertFollowedLabels(database);
  },
};

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** The name the sentence used for a language tag (`languageName` in the version service then). */
function englishName(tag: string): string {
  try {
    return englishNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The field ids whose labels, joined with ", ", make `text` exactly; undefined if they do not. A label may
 * itself hold ", ", so every label that starts the text is tried.
 */
export function fieldIdsOf(text: string, fields: readonly { id: string; label: string }[]): string[] | undefined {
  for (const field of fields) {
    if (text === field.label) return [field.id];
    if (!text.startsWith(`${field.label}, `)) continue;
    const rest = fieldIdsOf(text.slice(field.label.length + 2), fields);
    if (rest) return [field.id, ...rest];
  }
  return undefined;
}

function isLabelledField(field: unknown): field is { id: string; label: string } {
  const candidate = field as { id?: unknown; label?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && typeof candidate.label === 'string';
}

/** The fields of a built-in template, or of a person's saved one as stored (a damaged definition has none). */
function templateFields(database: Database, templateId: string): { id: string; label: string }[] {
  const builtIn = findBuiltInTemplate(templateId);
  if (builtIn) return builtIn.fields;
  const row = database.prepare<[string], { definition_json: string }>('SELECT definition_json FROM templates WHERE id = ?').get(templateId);
  try {
    const definition = (row ? JSON.parse(row.definition_json) : {}) as { fields?: unknown };
    return Array.isArray(definition.fields) ? (definition.fields as unknown[]).filter(isLabelledField) : [];
  } catch {
    return [];
  }
}

function convertFollowedLabels(database: Database): void {
  const candidates = database
    .prepare<[], { id: number; briefing_id: string; label: string; template_id: string }>(
      `SELECT r.id, r.briefing_id, r.label, b.template_id FROM revisions r JOIN briefings b ON b.id = r.briefing_id
       WHERE r.reason = 'manual' AND r.label LIKE '% changed in the % version'`,
    )
    .all();
  if (candidates.length === 0) return;
  const familyLanguages = database.prepare<[string, string], { language: string }>(
    `SELECT b.language FROM language_versions mine JOIN language_versions other ON other.family_id = mine.family_id
       JOIN briefings b ON b.id = other.briefing_id
     WHERE mine.briefing_id = ? AND other.briefing_id <> ?`,
  );
  const convert = database.prepare(`UPDATE revisions SET reason = 'followed', label = NULL, followed_json = ? WHERE id = ?`);
  for (const row of candidates) {
    const match = /^(.+) changed in the (.+) version$/.exec(row.label);
    if (!match) continue;
    const [, labels = '', name = ''] = match;
    const language = familyLanguages.all(row.briefing_id, row.briefing_id).find((member) => englishName(member.language) === name)?.language;
    const fields = fieldIdsOf(labels, templateFields(database, row.template_id));
    if (language === undefined || fields === undefined) continue;
    convert.run(JSON.stringify({ fields, language }), row.id);
  }
}
