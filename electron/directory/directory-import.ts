import type { z } from 'zod';
import { foldForSearch } from '../../shared/search/search-folding';
import {
  organisationDraftSchema,
  personDraftSchema,
  type Organisation,
  type OrganisationDraft,
  type OrganisationName,
  type PersonDraft,
  type TitleHeld,
} from '../../shared/directory/directory-model';
import type { DirectoryImportResult } from '../../shared/ipc/directory-service';
import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { zodIssueMessage } from '../../shared/i18n/zod-issues';
import type { DirectoryStore } from '../storage/directory-store';

/** A title as a file gives it: the organisation by its names, not by an id of this library. */
export type ImportedTitle = Omit<TitleHeld, 'organisationId'> & { organisation: Record<string, OrganisationName> | null };
export type ImportedPerson = Omit<PersonDraft, 'titles'> & {
  id?: string;
  titles: ImportedTitle[];
  line: number;
  /** CSV only, while reading: organisations a row marks as taking "the" in English. */
  englishTheFor?: Record<string, OrganisationName>[];
};
export type ImportedOrganisation = OrganisationDraft & { id?: string; line: number };
export interface ImportedDirectory {
  people: ImportedPerson[];
  organisations: ImportedOrganisation[];
}

/** One sentence naming the line a bad file goes wrong on. */
export function lineError(line: number, problem: LocalisedMessage): ServiceError {
  return new ServiceError('invalid-argument', { id: 'directoryImport.line', values: { line, problem } });
}

/** The first problem zod found, as a person reads it: what is wrong with which part of the entry. */
export function firstIssue(error: z.ZodError): LocalisedMessage {
  const issue = error.issues[0];
  if (!issue) return { id: 'directoryImport.invalidEntry' };
  const path = issue.path.map(String).join('.');
  return path ? { id: 'directoryImport.entryPart', values: { path, problem: zodIssueMessage(issue) } } : { id: 'directoryImport.entry', values: { problem: zodIssueMessage(issue) } };
}

const key = (name: string) => foldForSearch(name.normalize('NFC')).replace(/\s+/g, ' ').trim();

/** Whether two per-language name records share a spelling (any language, folded). */
function sharesName(a: Record<string, { name: string }>, b: Record<string, { name: string }>): boolean {
  const spellings = new Set(Object.values(a).map((name) => key(name.name)));
  return Object.values(b).some((name) => spellings.has(key(name.name)));
}

/**
 * Adds what a file holds to the directory in one transaction. An entry whose
 * id, or one of whose spellings, is already there updates it (the file's
 * languages replace those languages); anything else is added. A title's
 * organisation is found the same way, or added.
 */
export function applyImport(store: DirectoryStore, imported: ImportedDirectory): DirectoryImportResult {
  for (const person of imported.people) {
    const checked = personDraftSchema.safeParse({ names: person.names, titles: person.titles.map(({ organisation: _organisation, ...held }) => ({ ...held, organisationId: null })), ...(person.email ? { email: person.email } : {}) });
    if (!checked.success) throw lineError(person.line, firstIssue(checked.error));
  }
  for (const organisation of imported.organisations) {
    const checked = organisationDraftSchema.safeParse({ names: organisation.names, englishTakesThe: organisation.englishTakesThe });
    if (!checked.success) throw lineError(organisation.line, firstIssue(checked.error));
  }
  return store.transaction(() => {
    const { people, organisations } = store.list();
    const result: DirectoryImportResult = { people: 0, organisations: 0 };
    const saveOrganisation = (draft: OrganisationDraft, id: string | undefined): Organisation => {
      const existing = organisations.find((candidate) => candidate.id === id) ?? organisations.find((candidate) => sharesName(candidate.names, draft.names));
      result.organisations += 1;
      if (!existing) {
        const created = store.createOrganisation(draft, { reason: 'import', ...(id ? { id } : {}) });
        organisations.push(created);
        return created;
      }
      const updated = store.updateOrganisation(existing.id, existing.revision, { englishTakesThe: draft.englishTakesThe, names: { ...existing.names, ...draft.names } }, 'import');
      organisations.splice(organisations.indexOf(existing), 1, updated);
      return updated;
    };
    for (const organisation of imported.organisations) {
      saveOrganisation({ names: organisation.names, englishTakesThe: organisation.englishTakesThe }, organisation.id);
    }
    for (const person of imported.people) {
      const titles: TitleHeld[] = person.titles.map(({ organisation, ...held }) => {
        if (organisation === null) return { ...held, organisationId: null };
        const known = organisations.find((candidate) => sharesName(candidate.names, organisation));
        // An organisation met only as a person's ORG is added, "the" unknown: the office can set it on the Directory screen.
        return { ...held, organisationId: (known ?? saveOrganisation({ names: organisation, englishTakesThe: false }, undefined)).id };
      });
      const draft: PersonDraft = { names: person.names, titles, ...(person.email ? { email: person.email } : {}) };
      const existing = people.find((candidate) => candidate.id === person.id) ?? people.find((candidate) => sharesName(candidate.names, person.names));
      if (existing) store.updatePerson(existing.id, existing.revision, { ...draft, names: { ...existing.names, ...draft.names } }, 'import');
      else store.createPerson(draft, { reason: 'import', ...(person.id ? { id: person.id } : {}) });
      result.people += 1;
    }
    return result;
  });
}
