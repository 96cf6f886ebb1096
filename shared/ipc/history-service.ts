import { z } from 'zod';
import { briefingIdSchema, type Briefing, type BriefingStatus } from '../document/briefing';
import type { ServiceArgumentSchemas } from './service-contract';

/**
 * Why a revision was taken. `followed`: fields changed in another language version of the readout and were
 * written into this one too (see {@link FollowedFields}).
 */
export const revisionReasons = ['autosave', 'status', 'export', 'restore', 'manual', 'import', 'followed'] as const;
export const revisionReasonSchema = z.enum(revisionReasons);
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

export const revisionLabelSchema = z.string().trim().min(1, 'a version needs a name').max(200);

/**
 * What a `followed` revision records, as data so each reader words it in its own language: the ids of the fields
 * that changed (the briefing's template names them) and the language tag of the version they changed in.
 */
export interface FollowedFields {
  fields: string[];
  language: string;
}

/** What the History list shows of a revision. */
export interface RevisionSummary {
  id: number;
  briefingId: string;
  /** The briefing's revision number this snapshot shows. */
  briefingRevision: number;
  reason: RevisionReason;
  label: string | null;
  /** Only on a `followed` revision: what changed, and in which version. */
  followed?: FollowedFields;
  createdAt: string;
  words: number;
}

/** A revision with its full, read-only content. */
export interface Revision extends RevisionSummary, Pick<Briefing, 'title' | 'language' | 'fields' | 'participants' | 'body'> {
  status: BriefingStatus;
}

export const revisionIdSchema = z.number().int().min(1);

export const saveVersionRequestSchema = z.strictObject({ briefingId: briefingIdSchema, label: revisionLabelSchema });
export type SaveVersionRequest = z.infer<typeof saveVersionRequestSchema>;

export interface RestoredRevision {
  briefing: Briefing;
  /** The new revision that records the restore. */
  revision: RevisionSummary;
}

export interface HistoryService {
  /** A briefing's revisions, newest first. */
  list(briefingId: string): Promise<RevisionSummary[]>;
  get(revisionId: number): Promise<Revision>;
  /** "Save version…": a labelled revision of what is stored now; never pruned. */
  saveVersion(request: SaveVersionRequest): Promise<RevisionSummary>;
  /**
   * Makes the revision's content the briefing's current content, as a new
   * revision. What was there before is kept as a revision first, so nothing
   * is overwritten.
   */
  restore(revisionId: number): Promise<RestoredRevision>;
}

export const historyServiceArguments = {
  list: z.tuple([briefingIdSchema]),
  get: z.tuple([revisionIdSchema]),
  saveVersion: z.tuple([saveVersionRequestSchema]),
  restore: z.tuple([revisionIdSchema]),
} satisfies ServiceArgumentSchemas<HistoryService>;
