import { z } from 'zod';
import { blockSchema, sectionSchema, type BlockElement, type SectionElement } from '../../../shared/document/briefing-body';

const fragmentSchema = z.array(z.union([sectionSchema, blockSchema])).min(1).max(100_000);

/**
 * Decodes the `application/x-slate-fragment` clipboard data the way
 * slate-react writes it (base64 of URI-encoded JSON) and returns it only if
 * every node is a valid section or block: the clipboard can come from any
 * page, and a fragment is inserted without passing through the sanitiser.
 */
export function parseSlateFragment(encoded: string): (SectionElement | BlockElement)[] | undefined {
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(atob(encoded)));
    const result = fragmentSchema.safeParse(parsed);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
