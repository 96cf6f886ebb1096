import { z } from 'zod';
import { blockSchema, sectionSchema, type BlockElement, type SectionElement } from '../../../shared/document/briefing-body';
import { unknownFieldReference } from '../../../shared/document/own-fields';

const fragmentSchema = z.array(z.union([sectionSchema, blockSchema])).min(1).max(100_000);

/**
 * Decodes the `application/x-slate-fragment` clipboard data the way
 * slate-react writes it (base64 of URI-encoded JSON) and returns it only if
 * every node is a valid section or block and every field reference names one
 * of `fieldIds` (the open briefing's template): the clipboard can come from
 * any page, and a fragment is inserted without passing through the sanitiser.
 */
export function parseSlateFragment(encoded: string, fieldIds: ReadonlySet<string> = new Set()): (SectionElement | BlockElement)[] | undefined {
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(atob(encoded)));
    const result = fragmentSchema.safeParse(parsed);
    if (!result.success || unknownFieldReference(result.data, fieldIds) !== undefined) return undefined;
    return result.data;
  } catch {
    return undefined;
  }
}
