import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { briefingStatusSchema, type BriefingStatus } from '../../shared/document/briefing';
import type { ToCheck } from '../../shared/document/language-versions';
import { withStorageErrors } from './storage-error';

/** The hash a translated section's source text is compared by. */
export function sourceTextHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

export interface FamilyLink {
  familyId: string;
  sourceLanguage: string | null;
  toCheck: ToCheck[];
}

export interface FamilyMember {
  id: string;
  language: string;
  title: string;
  status: BriefingStatus;
  revision: number;
  sourceLanguage: string | null;
}

export interface SectionBaseline {
  text: string;
  hash: string;
}

interface MemberRow {
  id: string;
  language: string;
  title: string;
  status: string;
  revision: number;
  source_language: string | null;
}

/**
 * The families of language versions in one library and, per translated
 * section, the source text it was last brought up to date with. Members in
 * the Trash are left out of every answer but keep their link, so restoring
 * one brings it back into its family.
 */
export class LanguageVersionStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The briefing's family link, if it has one. */
  linkOf(briefingId: string): FamilyLink | undefined {
    const row = withStorageErrors({ id: 'storage.versionsRead' }, () =>
      this.database
        .prepare<[string], { family_id: string; source_language: string | null; to_check_json: string }>(
          'SELECT family_id, source_language, to_check_json FROM language_versions WHERE briefing_id = ?',
        )
        .get(briefingId),
    );
    if (!row) return undefined;
    return { familyId: row.family_id, sourceLanguage: row.source_language, toCheck: JSON.parse(row.to_check_json) as ToCheck[] };
  }

  /** The family's members outside the Trash, in the order they joined. */
  members(familyId: string): FamilyMember[] {
    const rows = withStorageErrors({ id: 'storage.versionsRead' }, () =>
      this.database
        .prepare<[string], MemberRow>(
          `SELECT b.id, b.language, b.title, b.status, b.revision, v.source_language
           FROM language_versions v JOIN briefings b ON b.id = v.briefing_id
           WHERE v.family_id = ? AND b.trashed_at IS NULL
           ORDER BY v.linked_at, v.rowid`,
        )
        .all(familyId),
    );
    return rows.map((row) => ({
      id: row.id,
      language: row.language,
      title: row.title,
      status: briefingStatusSchema.parse(row.status),
      revision: row.revision,
      sourceLanguage: row.source_language,
    }));
  }

  /** The members of the families of `briefingIds`, by briefing id (briefings without a family are left out). */
  familiesOf(briefingIds: readonly string[]): Map<string, { familyId: string; members: FamilyMember[] }> {
    const result = new Map<string, { familyId: string; members: FamilyMember[] }>();
    if (briefingIds.length === 0) return result;
    const families = new Map<string, FamilyMember[]>();
    const byId = withStorageErrors({ id: 'storage.versionsRead' }, () =>
      this.database
        .prepare<[string], { briefing_id: string; family_id: string }>(
          'SELECT briefing_id, family_id FROM language_versions WHERE briefing_id IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(briefingIds)),
    );
    for (const { briefing_id: id, family_id: familyId } of byId) {
      let members = families.get(familyId);
      if (!members) {
        members = this.members(familyId);
        families.set(familyId, members);
      }
      // A family of one (the others in the Trash) is no family to show.
      if (members.length > 1) result.set(id, { familyId, members });
    }
    return result;
  }

  /**
   * Puts `briefingId` into a family: `familyId` (made for an original that had
   * none) with the source language it is translated from, and the source's
   * section texts it starts up to date with. Part of the caller's transaction.
   */
  link(briefingId: string, link: FamilyLink, baselines: ReadonlyMap<string, string>): void {
    const now = this.clock().toISOString();
    this.database
      .prepare(
        `INSERT INTO language_versions (briefing_id, family_id, source_language, to_check_json, linked_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(briefingId, link.familyId, link.sourceLanguage, JSON.stringify(link.toCheck), now);
    for (const [sectionId, text] of baselines) this.setBaseline(briefingId, sectionId, text);
  }

  /** The original's link, made the first time someone translates it. */
  ensureOriginal(briefingId: string): FamilyLink {
    const existing = this.linkOf(briefingId);
    if (existing) return existing;
    const link: FamilyLink = { familyId: randomUUID(), sourceLanguage: null, toCheck: [] };
    this.link(briefingId, link, new Map());
    return link;
  }

  /** The source texts each translated section was last brought up to date with. */
  baselines(briefingId: string): Map<string, SectionBaseline> {
    const rows = withStorageErrors({ id: 'storage.versionsRead' }, () =>
      this.database
        .prepare<[string], { section_id: string; source_text: string; source_hash: string }>(
          'SELECT section_id, source_text, source_hash FROM translated_sections WHERE briefing_id = ?',
        )
        .all(briefingId),
    );
    return new Map(rows.map((row) => [row.section_id, { text: row.source_text, hash: row.source_hash }]));
  }

  /** Records that the section now follows the source section's `text`. */
  setBaseline(briefingId: string, sectionId: string, text: string): void {
    this.database
      .prepare(
        `INSERT INTO translated_sections (briefing_id, section_id, source_text, source_hash, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (briefing_id, section_id) DO UPDATE SET source_text = excluded.source_text, source_hash = excluded.source_hash, updated_at = excluded.updated_at`,
      )
      .run(briefingId, sectionId, text, sourceTextHash(text), this.clock().toISOString());
  }

  /** Replaces the list of people to check (after someone checked them, or a directory fix). */
  setToCheck(briefingId: string, toCheck: readonly ToCheck[]): void {
    this.database.prepare('UPDATE language_versions SET to_check_json = ? WHERE briefing_id = ?').run(JSON.stringify(toCheck), briefingId);
  }
}
