import { z } from 'zod';
import {
  briefingIdSchema,
  briefingStatusSchema,
  fieldValuesSchema,
  languageTagSchema,
  participantsSchema,
  titleSchema,
  type Briefing,
  type BriefingStatus,
  type BriefingSummary,
} from '../document/briefing';
import { briefingBodySchema } from '../document/briefing-body';
import type { Snippet } from '../search/search-snippet';
import type { ServiceArgumentSchemas } from './service-contract';

export const createBriefingRequestSchema = z.strictObject({
  templateId: z.string().min(1).max(100),
  title: titleSchema.optional(),
  language: languageTagSchema.optional(),
});
export type CreateBriefingRequest = z.infer<typeof createBriefingRequestSchema>;

/**
 * A save names the revision it was based on. If the stored briefing has moved
 * on since (another window saved), the save is refused with a `conflict`
 * error rather than silently overwriting that window's work.
 * Parts left out are not changed.
 */
export const saveBriefingRequestSchema = z.strictObject({
  id: briefingIdSchema,
  baseRevision: z.number().int().min(1),
  title: titleSchema.optional(),
  language: languageTagSchema.optional(),
  fields: fieldValuesSchema.optional(),
  participants: participantsSchema.optional(),
  body: briefingBodySchema.optional(),
});
export type SaveBriefingRequest = z.infer<typeof saveBriefingRequestSchema>;

/**
 * A step of the review workflow (see `shared/document/workflow.ts`). Like a
 * save it names the revision it was based on; going back to draft says why.
 */
export const changeStatusRequestSchema = z.strictObject({
  id: briefingIdSchema,
  baseRevision: z.number().int().min(1),
  status: briefingStatusSchema,
  reason: z.string().max(1000).optional(),
});
export type ChangeStatusRequest = z.infer<typeof changeStatusRequestSchema>;

export interface SavedBriefing {
  id: string;
  revision: number;
  updatedAt: string;
}

export const listBriefingsQuerySchema = z.strictObject({
  /** Show the Trash instead of the library. */
  trashed: z.boolean().optional(),
});
export type ListBriefingsQuery = z.infer<typeof listBriefingsQuerySchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const librarySortOrders = ['relevance', 'edited', 'event-date', 'title'] as const;
export type LibrarySortOrder = (typeof librarySortOrders)[number];

/** What the library view asks for: words to find, filters, and an order. Every part is optional. */
export const librarySearchQuerySchema = z.strictObject({
  /** Words as the person typed them; folded like the index (see `shared/search/search-folding.ts`). */
  text: z.string().max(500).optional(),
  /** Search the Trash instead of the library. */
  trashed: z.boolean().optional(),
  templateId: z.string().min(1).max(100).optional(),
  status: briefingStatusSchema.optional(),
  language: languageTagSchema.optional(),
  /** Event (meeting) date range, inclusive. */
  eventFrom: isoDateSchema.optional(),
  eventTo: isoDateSchema.optional(),
  /** A participant's (or person field's) organisation, matched like the search words. */
  organisation: z.string().max(300).optional(),
  /** Default: relevance when there are words, otherwise last edited. */
  sort: z.enum(librarySortOrders).optional(),
  /** Most hits to return (default 200); `total` still counts them all. */
  limit: z.number().int().min(1).max(10_000).optional(),
});
export type LibrarySearchQuery = z.infer<typeof librarySearchQuerySchema>;

export interface LibrarySearchHit extends BriefingSummary {
  /** Where the words were found, with them marked; absent without words or when only the title matched. */
  snippet?: Snippet;
  /** When it went to the Trash (Trash view only). */
  trashedAt: string | null;
}

export interface LibrarySearchResult {
  hits: LibrarySearchHit[];
  /** How many briefings match in all (hits stops at `limit`). */
  total: number;
  /**
   * How many briefings of each status match every part of the query but the
   * status itself: what choosing that status would show (so "In review 3"
   * lists three), whichever status is chosen now.
   */
  statusCounts: Record<BriefingStatus, number>;
}

/** A `.briefing.json` file's text; see `docs/briefing-format.md`. */
export const briefingFileTextSchema = z.string().min(1).max(50_000_000);

export interface BriefingFileExport {
  /** A file name made from the title, ending `.briefing.json`. */
  fileName: string;
  contents: string;
}

/** What saving a `.briefing.json` file did: the person cancelled the save dialog, or the file was written. */
export type BriefingFileSaveResult = { status: 'cancelled' } | { status: 'written'; path: string; bytes: number };

export interface BriefingService {
  /** Briefings, most recently edited first. */
  list(query: ListBriefingsQuery): Promise<BriefingSummary[]>;
  get(id: string): Promise<Briefing>;
  create(request: CreateBriefingRequest): Promise<Briefing>;
  save(request: SaveBriefingRequest): Promise<SavedBriefing>;
  /** Moves a briefing to the Trash; it stays restorable. */
  moveToTrash(id: string): Promise<void>;
  /** Search and browse: words, filters and order over the library or the Trash. */
  search(query: LibrarySearchQuery): Promise<LibrarySearchResult>;
  /** Organisations named in the library, for the filter's suggestions. */
  organisations(): Promise<string[]>;
  /** Brings a briefing back from the Trash. */
  restoreFromTrash(id: string): Promise<void>;
  /** Deletes a briefing in the Trash with its history. Cannot be undone. */
  deleteForever(id: string): Promise<void>;
  /** A copy with a new id, titled "Copy of …", without the history. */
  duplicate(id: string): Promise<Briefing>;
  /** The briefing as a `.briefing.json` file. */
  exportFile(id: string): Promise<BriefingFileExport>;
  /** Adds the briefing in a `.briefing.json` file to the library as a new briefing; all or nothing. */
  importFile(contents: string): Promise<Briefing>;
  /** Saves the briefing as a `.briefing.json` file where the person chooses in the save dialog, written atomically. */
  saveFile(id: string): Promise<BriefingFileSaveResult>;
  /** Asks for a `.briefing.json` file in the open dialog and imports it as `importFile` does; `null` when cancelled. */
  openFile(): Promise<Briefing | null>;
  /** Moves the briefing one step through the workflow and records it in the history, with who did it. */
  changeStatus(request: ChangeStatusRequest): Promise<SavedBriefing>;
}

export const briefingServiceArguments = {
  list: z.tuple([listBriefingsQuerySchema]),
  get: z.tuple([briefingIdSchema]),
  create: z.tuple([createBriefingRequestSchema]),
  save: z.tuple([saveBriefingRequestSchema]),
  moveToTrash: z.tuple([briefingIdSchema]),
  search: z.tuple([librarySearchQuerySchema]),
  organisations: z.tuple([]),
  restoreFromTrash: z.tuple([briefingIdSchema]),
  deleteForever: z.tuple([briefingIdSchema]),
  duplicate: z.tuple([briefingIdSchema]),
  exportFile: z.tuple([briefingIdSchema]),
  importFile: z.tuple([briefingFileTextSchema]),
  saveFile: z.tuple([briefingIdSchema]),
  openFile: z.tuple([]),
  changeStatus: z.tuple([changeStatusRequestSchema]),
} satisfies ServiceArgumentSchemas<BriefingService>;
