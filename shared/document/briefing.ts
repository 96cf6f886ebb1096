import { z } from 'zod';
import { briefingBodySchema } from './briefing-body';

export const briefingStatuses = ['draft', 'in-review', 'approved', 'released'] as const;
export const briefingStatusSchema = z.enum(briefingStatuses);
export type BriefingStatus = z.infer<typeof briefingStatusSchema>;

export const statusLabels: Record<BriefingStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  released: 'Released',
};

/** Ids are random UUIDs made by the storage layer. */
export const briefingIdSchema = z.string().uuid();

/** A BCP 47 language tag such as `en`, `az`, `ru` or `az-Cyrl`. */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "az"');

/**
 * The grammatical forms of a name, title or organisation that a language needs
 * in running text and that cannot be derived reliably (Russian genitive and
 * instrumental, Azerbaijani genitive, …), as the office recorded them in the
 * protocol directory. Any may be missing; the nominative is the value itself.
 */
export const grammaticalCases = ['genitive', 'dative', 'accusative', 'instrumental', 'locative', 'prepositional', 'ablative'] as const;
export type GrammaticalCase = (typeof grammaticalCases)[number];
export const wordFormsSchema = z.strictObject(
  Object.fromEntries(grammaticalCases.map((c) => [c, z.string().max(300).optional()])) as Record<
    GrammaticalCase,
    z.ZodOptional<z.ZodString>
  >,
);
export type WordForms = z.infer<typeof wordFormsSchema>;
/** Recorded forms per part of a person: `forms.title.instrumental` = "Генеральным секретарём". */
export const personFormsSchema = z.strictObject({
  name: wordFormsSchema.optional(),
  title: wordFormsSchema.optional(),
  organisation: wordFormsSchema.optional(),
});
export type PersonForms = z.infer<typeof personFormsSchema>;

export const personValueSchema = z.strictObject({
  name: z.string().max(300),
  title: z.string().max(300),
  organisation: z.string().max(300),
  /** The protocol directory's person this value was filled from, if any. */
  personId: z.string().uuid().optional(),
  /** Grammatical forms in the briefing's language, from the directory where recorded. */
  forms: personFormsSchema.optional(),
});
export type PersonValue = z.infer<typeof personValueSchema>;

/** A field holds text (dates and times as ISO `YYYY-MM-DD` / `HH:MM`), a person, or nothing yet. */
export const fieldValueSchema = z.union([z.string().max(20_000), personValueSchema, z.null()]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const fieldValuesSchema = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/), fieldValueSchema)
  .refine((fields) => Object.keys(fields).length <= 200, 'too many fields');
export type FieldValues = z.infer<typeof fieldValuesSchema>;

export const participantSides = ['host', 'guest', 'other'] as const;
export const participantSchema = z.strictObject({
  /** Stable row id, so reordering and editing keep the same row. */
  id: z.string().min(1).max(64),
  name: z.string().max(300),
  title: z.string().max(300),
  organisation: z.string().max(300),
  side: z.enum(participantSides),
  role: z.string().max(300),
  /** The protocol directory's person this row was filled from, if any. */
  personId: z.string().uuid().optional(),
  /** Grammatical forms in the briefing's language, from the directory where recorded. */
  forms: personFormsSchema.optional(),
});
export type Participant = z.infer<typeof participantSchema>;
export const participantsSchema = z.array(participantSchema).max(1000);

export const titleSchema = z.string().max(500);

export const briefingSchema = z.strictObject({
  id: briefingIdSchema,
  templateId: z.string().min(1).max(100),
  title: titleSchema,
  language: languageTagSchema,
  status: briefingStatusSchema,
  fields: fieldValuesSchema,
  participants: participantsSchema,
  body: briefingBodySchema,
  /** ISO 8601 timestamps in UTC. */
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Increases by one on every save; a save must name the revision it was based on. */
  revision: z.number().int().min(1),
});
export type Briefing = z.infer<typeof briefingSchema>;

/** What the library list shows of a briefing. */
export interface BriefingSummary {
  id: string;
  templateId: string;
  templateName: string;
  title: string;
  language: string;
  status: BriefingStatus;
  /** The template's event date (meeting date, release date …) as `YYYY-MM-DD`, when set. */
  eventDate: string | null;
  /**
   * The embargo's moment (`YYYY-MM-DDTHH:MM`, the wall clock of the person's
   * computer) when the briefing is embargoed; see `embargoUntilOf`.
   */
  embargoUntil: string | null;
  updatedAt: string;
  revision: number;
  /** When the briefing has other language versions: the family and every version of it outside the Trash. */
  family?: BriefingFamily;
}

/** The language versions of one readout, as the library shows them on one row. */
export interface BriefingFamily {
  id: string;
  versions: { id: string; language: string; status: BriefingStatus }[];
}
