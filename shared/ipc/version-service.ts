import { z } from 'zod';
import { briefingIdSchema, briefingStatusSchema, languageTagSchema, type Briefing, type BriefingStatus } from '../document/briefing';
import type { ToCheck } from '../document/language-versions';
import type { LocalisedMessage } from './ipc-result';
import type { ServiceArgumentSchemas } from './service-contract';

/** One language version of a readout, as the version bar and the library show it. */
export interface LanguageVersion {
  id: string;
  language: string;
  title: string;
  status: BriefingStatus;
  revision: number;
  /** The language this version was translated from; null for the original. */
  sourceLanguage: string | null;
  /** How many of its sections the source changed since they were last brought up to date. */
  staleSections: number;
}

/** A translated section whose source section changed since it was last brought up to date. */
export interface StaleSection {
  sectionId: string;
  /** The source section's text when this section was last brought up to date. */
  before: string;
  /** The source section's text now. */
  after: string;
}

/** A briefing's place in its family of language versions. */
export interface VersionsOf {
  /** Null while the briefing has no other language version. */
  familyId: string | null;
  /** Every version of the family, this one included, in the order of their languages' first translation. */
  versions: LanguageVersion[];
  /** The version this one is translated from, when it is in the library (not in the Trash). */
  source: { id: string; language: string; title: string } | null;
  /** This version's sections the source changed since; empty for the original. */
  stale: StaleSection[];
  /** People carried over without a spelling in this language from the directory. */
  toCheck: ToCheck[];
}

export const translateRequestSchema = z.strictObject({
  briefingId: briefingIdSchema,
  language: languageTagSchema,
});
export type TranslateRequest = z.infer<typeof translateRequestSchema>;

export const markUpToDateRequestSchema = z.strictObject({
  briefingId: briefingIdSchema,
  /** One section; without it, every section of the version. */
  sectionId: z.string().min(1).max(100).optional(),
});
export type MarkUpToDateRequest = z.infer<typeof markUpToDateRequestSchema>;

export const familyStatusRequestSchema = z.strictObject({
  briefingId: briefingIdSchema,
  status: briefingStatusSchema,
  reason: z.string().max(1000).optional(),
});
export type FamilyStatusRequest = z.infer<typeof familyStatusRequestSchema>;

export interface FamilyStatusResult {
  /** The versions moved to the status. */
  moved: { id: string; language: string }[];
  /** The versions that could not move, each with one sentence why. */
  refused: { id: string; language: string; reason: string; localised?: LocalisedMessage }[];
}

/**
 * Language versions: a readout in Azerbaijani, Russian and English as one
 * piece of work. Translations are made from any version, know which source
 * sections changed since they were brought up to date, and move through the
 * workflow together or alone. Field changes reach every version through
 * `briefings.save`.
 */
export interface VersionService {
  versionsOf(briefingId: string): Promise<VersionsOf>;
  /** A new linked version in `language`; refused when the family has that language already. */
  translate(request: TranslateRequest): Promise<Briefing>;
  /** Records that the section (or every section) now follows the source as it is. */
  markUpToDate(request: MarkUpToDateRequest): Promise<VersionsOf>;
  /** Moves every version of the family that can make the step; the others are listed with the reason. */
  changeFamilyStatus(request: FamilyStatusRequest): Promise<FamilyStatusResult>;
}

export const versionServiceArguments = {
  versionsOf: z.tuple([briefingIdSchema]),
  translate: z.tuple([translateRequestSchema]),
  markUpToDate: z.tuple([markUpToDateRequestSchema]),
  changeFamilyStatus: z.tuple([familyStatusRequestSchema]),
} satisfies ServiceArgumentSchemas<VersionService>;
