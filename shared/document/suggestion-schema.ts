import { z } from 'zod';

/**
 * Suggested changes (Google Docs' "Suggesting", Word's tracked changes),
 * carried in the body like review comments: a run of text or a field
 * reference that a reviewer inserted or deleted holds the suggestion —
 * its id, whether it is an insertion or a deletion, who made it and when
 * (ISO 8601, UTC). Inserted text is shown and kept until accepted or
 * rejected; deleted text stays in place until then (see `suggestions.ts`).
 */
export const suggestionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const suggestionKinds = ['insert', 'delete'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** Who suggested a change and when: the id, author and time every kind of suggestion carries. */
export const suggestionBylineShape = {
  id: suggestionIdSchema,
  author: z.string().max(200),
  at: z.string().max(40),
};

export const suggestionMarkSchema = z.strictObject({
  id: suggestionIdSchema,
  kind: z.enum(suggestionKinds),
  author: suggestionBylineShape.author,
  at: suggestionBylineShape.at,
});
export type SuggestionMark = z.infer<typeof suggestionMarkSchema>;
