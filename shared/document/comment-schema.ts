import { z } from 'zod';

/**
 * Review comments, carried in the body itself so that they travel with it
 * through save, versions, restore, duplication and files: the commented
 * text's leaves hold the ids of their threads (`comments`), and each thread
 * is kept on the section where its text begins (see `comments.ts`).
 */
export const commentThreadIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** One comment or reply: who wrote it, when (ISO 8601, UTC), and what. */
export const commentSchema = z.strictObject({
  author: z.string().max(200),
  at: z.string().max(40),
  text: z.string().min(1).max(10_000),
});
export type Comment = z.infer<typeof commentSchema>;

/** A thread: the first comment, then its replies in order; resolved threads stay until deleted. */
export const commentThreadSchema = z.strictObject({
  id: commentThreadIdSchema,
  resolved: z.literal(true).optional(),
  comments: z.array(commentSchema).min(1).max(500),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** The leaf property: the threads anchored on this run of text. */
export const commentAnchorsSchema = z.array(commentThreadIdSchema).min(1).max(100).optional();
/** The section property: the threads whose text begins in this section. */
export const sectionCommentsSchema = z.array(commentThreadSchema).min(1).max(1000).optional();
