import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { wordFormsSchema, type WordForms } from '../../shared/document/briefing';
import {
  organisationDraftSchema,
  personDraftSchema,
  type Directory,
  type Organisation,
  type OrganisationDraft,
  type Person,
  type PersonDraft,
} from '../../shared/directory/directory-model';
import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { withStorageErrors } from './storage-error';

type Kind = 'person' | 'organisation';
export type DirectoryChangeReason = 'create' | 'edit' | 'import' | 'remove';

export interface DirectoryHistoryEntry {
  revision: number;
  reason: DirectoryChangeReason;
  createdAt: string;
  snapshot: Person | Organisation;
}

interface EntityRow {
  id: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

const formsOf = (json: string | null): WordForms | undefined => {
  if (json === null) return undefined;
  const parsed = wordFormsSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new ServiceError('storage', { id: 'errors.directoryDamaged' }, { cause: parsed.error });
  return parsed.data;
};
const formsJson = (forms: WordForms | undefined): string | null => {
  const recorded = Object.fromEntries(Object.entries(forms ?? {}).filter(([, form]) => form !== undefined && form.trim() !== ''));
  return Object.keys(recorded).length > 0 ? JSON.stringify(recorded) : null;
};
const optional = <Key extends string>(key: Key, value: string | null) => (value ? ({ [key]: value } as Record<Key, string>) : {});

/**
 * The protocol directory in the library file: people and organisations, names
 * per language, titles with dates, and a snapshot in `directory_history` for
 * every change. A save names the revision it was based on; a stale one is
 * refused, as for briefings.
 */
export class DirectoryStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(): Directory {
    return withStorageErrors({ id: 'storage.directoryRead' }, () => ({
      organisations: this.readOrganisations(),
      people: this.readPeople(),
    }));
  }

  getPerson(id: string): Person {
    const person = this.readPeople(id)[0];
    if (!person) throw new ServiceError('not-found', { id: 'errors.personGone' });
    return person;
  }

  getOrganisation(id: string): Organisation {
    const organisation = this.readOrganisations(id)[0];
    if (!organisation) throw new ServiceError('not-found', { id: 'errors.organisationGone' });
    return organisation;
  }

  createPerson(draft: PersonDraft, options: { id?: string; reason?: DirectoryChangeReason } = {}): Person {
    const checked = personDraftSchema.parse(draft);
    this.assertOrganisationsExist(checked);
    const id = options.id ?? randomUUID();
    return this.write({ id: 'storage.personSave' }, () => {
      const now = this.clock().toISOString();
      this.database.prepare('INSERT INTO directory_people (id, email, created_at, updated_at, revision) VALUES (?, ?, ?, ?, 1)').run(id, checked.email || null, now, now);
      this.writePersonParts(id, checked);
      const person = this.getPerson(id);
      this.record('person', person, options.reason ?? 'create');
      return person;
    });
  }

  updatePerson(id: string, baseRevision: number, draft: PersonDraft, reason: DirectoryChangeReason = 'edit'): Person {
    const checked = personDraftSchema.parse(draft);
    this.assertOrganisationsExist(checked);
    return this.write({ id: 'storage.personSave' }, () => {
      this.assertRevision('directory_people', id, baseRevision, 'person');
      this.database.prepare('UPDATE directory_people SET email = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(checked.email || null, this.clock().toISOString(), id);
      this.database.prepare('DELETE FROM directory_person_names WHERE person_id = ?').run(id);
      this.database.prepare('DELETE FROM directory_titles WHERE person_id = ?').run(id);
      this.writePersonParts(id, checked);
      const person = this.getPerson(id);
      this.record('person', person, reason);
      return person;
    });
  }

  removePerson(id: string): void {
    this.write({ id: 'storage.personRemove' }, () => {
      this.record('person', this.getPerson(id), 'remove');
      this.database.prepare('DELETE FROM directory_people WHERE id = ?').run(id);
    });
  }

  createOrganisation(draft: OrganisationDraft, options: { id?: string; reason?: DirectoryChangeReason } = {}): Organisation {
    const checked = organisationDraftSchema.parse(draft);
    const id = options.id ?? randomUUID();
    return this.write({ id: 'storage.organisationSave' }, () => {
      const now = this.clock().toISOString();
      this.database
        .prepare('INSERT INTO directory_organisations (id, english_takes_the, created_at, updated_at, revision) VALUES (?, ?, ?, ?, 1)')
        .run(id, checked.englishTakesThe ? 1 : 0, now, now);
      this.writeOrganisationNames(id, checked);
      const organisation = this.getOrganisation(id);
      this.record('organisation', organisation, options.reason ?? 'create');
      return organisation;
    });
  }

  updateOrganisation(id: string, baseRevision: number, draft: OrganisationDraft, reason: DirectoryChangeReason = 'edit'): Organisation {
    const checked = organisationDraftSchema.parse(draft);
    return this.write({ id: 'storage.organisationSave' }, () => {
      this.assertRevision('directory_organisations', id, baseRevision, 'organisation');
      this.database
        .prepare('UPDATE directory_organisations SET english_takes_the = ?, updated_at = ?, revision = revision + 1 WHERE id = ?')
        .run(checked.englishTakesThe ? 1 : 0, this.clock().toISOString(), id);
      this.database.prepare('DELETE FROM directory_organisation_names WHERE organisation_id = ?').run(id);
      this.writeOrganisationNames(id, checked);
      const organisation = this.getOrganisation(id);
      this.record('organisation', organisation, reason);
      return organisation;
    });
  }

  /** Removes an organisation; titles held there stay, without it. */
  removeOrganisation(id: string): void {
    this.write({ id: 'storage.organisationRemove' }, () => {
      this.record('organisation', this.getOrganisation(id), 'remove');
      this.database.prepare('DELETE FROM directory_organisations WHERE id = ?').run(id);
    });
  }

  /** Every saved state of one person or organisation, newest first. */
  history(id: string): DirectoryHistoryEntry[] {
    const rows = withStorageErrors({ id: 'storage.directoryHistoryRead' }, () =>
      this.database
        .prepare<[string], { revision: number; reason: DirectoryChangeReason; created_at: string; snapshot_json: string }>(
          'SELECT revision, reason, created_at, snapshot_json FROM directory_history WHERE entity_id = ? ORDER BY id DESC',
        )
        .all(id),
    );
    return rows.map((row) => ({ revision: row.revision, reason: row.reason, createdAt: row.created_at, snapshot: JSON.parse(row.snapshot_json) as Person | Organisation }));
  }

  /** Runs `work` in one transaction: an import adds all its entries or none. */
  transaction<Result>(work: () => Result): Result {
    return this.write({ id: 'storage.directorySave' }, work);
  }

  isEmpty(): boolean {
    const row = this.database.prepare<[], { count: number }>('SELECT (SELECT count(*) FROM directory_people) + (SELECT count(*) FROM directory_organisations) AS count').get();
    return (row?.count ?? 0) === 0;
  }

  private write<Result>(failure: LocalisedMessage, work: () => Result): Result {
    return withStorageErrors(failure, () => this.database.transaction(work).immediate());
  }

  private assertRevision(table: 'directory_people' | 'directory_organisations', id: string, baseRevision: number, what: Kind): void {
    const row = this.database.prepare<[string], { revision: number }>(`SELECT revision FROM ${table} WHERE id = ?`).get(id);
    if (!row) throw new ServiceError('not-found', { id: what === 'person' ? 'errors.personGone' : 'errors.organisationGone' });
    if (row.revision !== baseRevision) throw new ServiceError('conflict', { id: 'errors.directoryChangedElsewhere', values: { what } });
  }

  private assertOrganisationsExist(draft: PersonDraft): void {
    for (const held of draft.titles) {
      if (held.organisationId !== null) this.getOrganisation(held.organisationId);
    }
  }

  private record(kind: Kind, entry: Person | Organisation, reason: DirectoryChangeReason): void {
    this.database
      .prepare('INSERT INTO directory_history (kind, entity_id, revision, reason, created_at, snapshot_json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(kind, entry.id, entry.revision, reason, this.clock().toISOString(), JSON.stringify(entry));
  }

  private writePersonParts(id: string, draft: PersonDraft): void {
    const insertName = this.database.prepare('INSERT INTO directory_person_names (person_id, language, name, honorific, forms_json) VALUES (?, ?, ?, ?, ?)');
    for (const [language, name] of Object.entries(draft.names)) insertName.run(id, language, name.name, name.honorific || null, formsJson(name.forms));
    const insertTitle = this.database.prepare('INSERT INTO directory_titles (person_id, organisation_id, from_date, to_date, position) VALUES (?, ?, ?, ?, ?)');
    const insertTitleName = this.database.prepare('INSERT INTO directory_title_names (title_id, language, title, forms_json) VALUES (?, ?, ?, ?)');
    draft.titles.forEach((held, position) => {
      const titleId = insertTitle.run(id, held.organisationId, held.from, held.to, position).lastInsertRowid;
      for (const [language, title] of Object.entries(held.title)) insertTitleName.run(titleId, language, title.title, formsJson(title.forms));
    });
  }

  private writeOrganisationNames(id: string, draft: OrganisationDraft): void {
    const insert = this.database.prepare('INSERT INTO directory_organisation_names (organisation_id, language, name, short_name, forms_json) VALUES (?, ?, ?, ?, ?)');
    for (const [language, name] of Object.entries(draft.names)) insert.run(id, language, name.name, name.short || null, formsJson(name.forms));
  }

  private readOrganisations(id?: string): Organisation[] {
    const where = id === undefined ? '' : 'WHERE id = ?';
    const args = id === undefined ? [] : [id];
    const rows = this.database.prepare<unknown[], EntityRow & { english_takes_the: number }>(`SELECT * FROM directory_organisations ${where}`).all(...args);
    const names = this.database
      .prepare<unknown[], { organisation_id: string; language: string; name: string; short_name: string | null; forms_json: string | null }>(
        `SELECT * FROM directory_organisation_names ${id === undefined ? '' : 'WHERE organisation_id = ?'} ORDER BY language`,
      )
      .all(...args);
    return rows.map((row) => ({
      id: row.id,
      revision: row.revision,
      updatedAt: row.updated_at,
      englishTakesThe: row.english_takes_the === 1,
      names: Object.fromEntries(
        names
          .filter((name) => name.organisation_id === row.id)
          .map((name) => {
            const forms = formsOf(name.forms_json);
            return [name.language, { name: name.name, ...optional('short', name.short_name), ...(forms ? { forms } : {}) }];
          }),
      ),
    }));
  }

  private readPeople(id?: string): Person[] {
    const args = id === undefined ? [] : [id];
    const rows = this.database
      .prepare<unknown[], EntityRow & { email: string | null }>(`SELECT * FROM directory_people ${id === undefined ? '' : 'WHERE id = ?'}`)
      .all(...args);
    const names = this.database
      .prepare<unknown[], { person_id: string; language: string; name: string; honorific: string | null; forms_json: string | null }>(
        `SELECT * FROM directory_person_names ${id === undefined ? '' : 'WHERE person_id = ?'} ORDER BY language`,
      )
      .all(...args);
    const titles = this.database
      .prepare<unknown[], { id: number; person_id: string; organisation_id: string | null; from_date: string | null; to_date: string | null }>(
        `SELECT * FROM directory_titles ${id === undefined ? '' : 'WHERE person_id = ?'} ORDER BY person_id, position`,
      )
      .all(...args);
    const titleNames = this.database
      .prepare<unknown[], { title_id: number; language: string; title: string; forms_json: string | null }>(
        `SELECT n.* FROM directory_title_names n JOIN directory_titles t ON t.id = n.title_id ${id === undefined ? '' : 'WHERE t.person_id = ?'} ORDER BY n.language`,
      )
      .all(...args);
    return rows.map((row) => ({
      id: row.id,
      revision: row.revision,
      updatedAt: row.updated_at,
      ...optional('email', row.email),
      names: Object.fromEntries(
        names
          .filter((name) => name.person_id === row.id)
          .map((name) => {
            const forms = formsOf(name.forms_json);
            return [name.language, { name: name.name, ...optional('honorific', name.honorific), ...(forms ? { forms } : {}) }];
          }),
      ),
      titles: titles
        .filter((held) => held.person_id === row.id)
        .map((held) => ({
          organisationId: held.organisation_id,
          from: held.from_date,
          to: held.to_date,
          title: Object.fromEntries(
            titleNames
              .filter((name) => name.title_id === held.id)
              .map((name) => {
                const forms = formsOf(name.forms_json);
                return [name.language, { title: name.title, ...(forms ? { forms } : {}) }];
              }),
          ),
        })),
    }));
  }
}
