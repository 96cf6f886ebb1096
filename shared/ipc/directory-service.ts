import { z } from 'zod';
import type { Briefing } from '../document/briefing';
import {
  directoryIdSchema,
  organisationDraftSchema,
  personDraftSchema,
  type Directory,
  type Organisation,
  type Person,
} from '../directory/directory-model';
import type { ServiceArgumentSchemas } from './service-contract';

const revisionSchema = z.number().int().min(1);

export const savePersonRequestSchema = z.strictObject({
  /** Absent for a new person. */
  id: directoryIdSchema.optional(),
  /** The revision the edit was based on; required with `id`. */
  baseRevision: revisionSchema.optional(),
  person: personDraftSchema,
});
export type SavePersonRequest = z.infer<typeof savePersonRequestSchema>;

export const saveOrganisationRequestSchema = z.strictObject({
  id: directoryIdSchema.optional(),
  baseRevision: revisionSchema.optional(),
  organisation: organisationDraftSchema,
});
export type SaveOrganisationRequest = z.infer<typeof saveOrganisationRequestSchema>;

/** Directory and invite files arrive as text; a few megabytes is far more than any real one. */
const fileTextSchema = z.string().max(5_000_000, 'the file is too large to be a directory or an invitation');

export const directoryFormats = ['vcard', 'csv'] as const;
export type DirectoryFormat = (typeof directoryFormats)[number];
export const importDirectoryRequestSchema = z.strictObject({
  format: z.enum(directoryFormats),
  contents: fileTextSchema,
});
export type ImportDirectoryRequest = z.infer<typeof importDirectoryRequestSchema>;

export interface DirectoryImportResult {
  people: number;
  organisations: number;
}

export const importInviteRequestSchema = z.strictObject({
  contents: fileTextSchema,
  /** The template the briefing is made from; the meeting readout when absent. */
  templateId: z.string().min(1).max(100).optional(),
  /** For a recurring event: which occurrence (its start as the invite gives it, `recurrenceId`). */
  occurrence: z.string().max(40).optional(),
  /** The language of the new briefing (names and titles of matched people are filled in it). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
});
export type ImportInviteRequest = z.infer<typeof importInviteRequestSchema>;

/** One occurrence of a recurring invite, to choose from. */
export interface InviteOccurrence {
  /** What to send back as `occurrence`. */
  recurrenceId: string;
  /** The occurrence's local date and time in the event's time zone, `YYYY-MM-DD HH:MM`. */
  start: string;
}

export type InviteImportResult =
  | { kind: 'created'; briefing: Briefing; matched: number; unmatched: string[] }
  | { kind: 'choose-occurrence'; summary: string; occurrences: InviteOccurrence[] };

/** The protocol directory: people and organisations, their names per language and the titles they held. */
export interface DirectoryService {
  list(): Promise<Directory>;
  savePerson(request: SavePersonRequest): Promise<Person>;
  removePerson(id: string): Promise<void>;
  saveOrganisation(request: SaveOrganisationRequest): Promise<Organisation>;
  /** Titles held at the organisation stay, without it. */
  removeOrganisation(id: string): Promise<void>;
  /** Adds every entry of a vCard 4.0 or CSV file, or none: a bad file names its line. */
  importFile(request: ImportDirectoryRequest): Promise<DirectoryImportResult>;
  /** The whole directory as the text of a vCard 4.0 or CSV file. */
  exportFile(format: DirectoryFormat): Promise<string>;
  /** A calendar invitation (.ics) into a new briefing; a recurring one first asks which occurrence. */
  importInvite(request: ImportInviteRequest): Promise<InviteImportResult>;
}

export const directoryServiceArguments = {
  list: z.tuple([]),
  savePerson: z.tuple([savePersonRequestSchema]),
  removePerson: z.tuple([directoryIdSchema]),
  saveOrganisation: z.tuple([saveOrganisationRequestSchema]),
  removeOrganisation: z.tuple([directoryIdSchema]),
  importFile: z.tuple([importDirectoryRequestSchema]),
  exportFile: z.tuple([z.enum(directoryFormats)]),
  importInvite: z.tuple([importInviteRequestSchema]),
} satisfies ServiceArgumentSchemas<DirectoryService>;
