import type { GrammaticalCase } from '../briefing';

/**
 * The forms a field reference in running text can ask for: every
 * grammatical case a person's forms can record, the possessive a title
 * takes after whose it is (Azerbaijani, Turkish), an English organisation
 * with its article where it needs one, and a place reduced to its city.
 * Kept apart from `reference-forms.ts` so that the body schema can name
 * them without importing the briefing schema (which imports the body).
 */
export const referenceForms = ['genitive', 'dative', 'accusative', 'instrumental', 'locative', 'prepositional', 'ablative', 'possessive', 'definite', 'place'] as const;
export type ReferenceForm = (typeof referenceForms)[number];

/** Fails to compile when the briefing schema gains a case this list lacks. */
export type EveryCaseIsAForm = GrammaticalCase extends ReferenceForm ? true : never;
export const everyCaseIsAForm: EveryCaseIsAForm = true;
