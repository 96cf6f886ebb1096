import { z } from 'zod';
import { languageTagSchema, wordFormsSchema } from '../document/briefing';

/** ISO `YYYY-MM-DD`, as the briefing's date fields hold it. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const directoryIdSchema = z.string().uuid();

/** A person's name in one language, with the honorific and the forms the office recorded for it. */
export const personNameSchema = z.strictObject({
  name: z.string().trim().min(1, 'a name cannot be empty').max(300),
  /** "Mr", "cənab", "г-н" … as this language writes it before the name; empty when none is used. */
  honorific: z.string().trim().max(100).optional(),
  forms: wordFormsSchema.optional(),
});
export type PersonName = z.infer<typeof personNameSchema>;

export const titleTextSchema = z.strictObject({
  title: z.string().trim().min(1, 'a title cannot be empty').max(300),
  forms: wordFormsSchema.optional(),
});

/** Names keyed by language tag; any language may be missing. */
const perLanguage = <Schema extends z.ZodType>(schema: Schema) =>
  z.record(languageTagSchema, schema).refine((names) => Object.keys(names).length <= 50, 'too many languages');

/** A title a person held at an organisation, from a date to a date (`to` empty: held now). */
export const titleHeldSchema = z
  .strictObject({
    organisationId: directoryIdSchema.nullable(),
    from: isoDateSchema.nullable(),
    to: isoDateSchema.nullable(),
    title: perLanguage(titleTextSchema),
  })
  .refine((held) => held.from === null || held.to === null || held.from <= held.to, 'a title cannot end before it starts');
export type TitleHeld = z.infer<typeof titleHeldSchema>;

export const personDraftSchema = z.strictObject({
  names: perLanguage(personNameSchema).refine((names) => Object.keys(names).length > 0, 'a person needs a name in at least one language'),
  email: z.string().trim().max(300).optional(),
  titles: z.array(titleHeldSchema).max(200),
});
export type PersonDraft = z.infer<typeof personDraftSchema>;

export const organisationNameSchema = z.strictObject({
  name: z.string().trim().min(1, 'a name cannot be empty').max(300),
  /** The short form this language uses: ITU, МСЭ, BTİ. */
  short: z.string().trim().max(50).optional(),
  forms: wordFormsSchema.optional(),
});
export type OrganisationName = z.infer<typeof organisationNameSchema>;

export const organisationDraftSchema = z.strictObject({
  names: perLanguage(organisationNameSchema).refine((names) => Object.keys(names).length > 0, 'an organisation needs a name in at least one language'),
  /** English only: "the International Telecommunication Union", but "Republic of Azerbaijan" after a title. */
  englishTakesThe: z.boolean(),
});
export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;

interface Stored {
  id: string;
  /** Increases by one on every save; a save names the revision it was based on. */
  revision: number;
  updatedAt: string;
}
export type Person = PersonDraft & Stored;
export type Organisation = OrganisationDraft & Stored;

/** Everything in the directory, as the pickers and the command line read it. */
export interface Directory {
  people: Person[];
  organisations: Organisation[];
}

/** The languages the directory screen offers by default, in this order. */
export const directoryLanguages = ['en', 'az', 'ru', 'tr', 'ar'] as const;
