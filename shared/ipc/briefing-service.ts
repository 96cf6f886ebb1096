import { z } from 'zod';
import {
  briefingIdSchema,
  fieldValuesSchema,
  languageTagSchema,
  participantsSchema,
  titleSchema,
  type Briefing,
  type BriefingSummary,
} from '../document/briefing';
import { briefingBodySchema } from '../document/briefing-body';
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

export interface BriefingService {
  /** Briefings, most recently edited first. */
  list(query: ListBriefingsQuery): Promise<BriefingSummary[]>;
  get(id: string): Promise<Briefing>;
  create(request: CreateBriefingRequest): Promise<Briefing>;
  save(request: SaveBriefingRequest): Promise<SavedBriefing>;
  /** Moves a briefing to the Trash; it stays restorable. */
  moveToTrash(id: string): Promise<void>;
}

export const briefingServiceArguments = {
  list: z.tuple([listBriefingsQuerySchema]),
  get: z.tuple([briefingIdSchema]),
  create: z.tuple([createBriefingRequestSchema]),
  save: z.tuple([saveBriefingRequestSchema]),
  moveToTrash: z.tuple([briefingIdSchema]),
} satisfies ServiceArgumentSchemas<BriefingService>;
