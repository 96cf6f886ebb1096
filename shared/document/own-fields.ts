import type { FieldValue, FieldValues } from './briefing';
import type { BriefingTemplate } from './template';

/**
 * The value of field `fieldId`, read as an own property only. Field ids come
 * from files, the clipboard and templates; `fields.constructor` or
 * `fields.toString` would otherwise hand back a function from the prototype.
 */
export function fieldValueOf(fields: FieldValues, fieldId: string): FieldValue | undefined {
  return Object.hasOwn(fields, fieldId) ? fields[fieldId] : undefined;
}

/** The first `field-ref` in `nodes` (any depth) whose field is not in `fieldIds`, or undefined when every reference is known. */
export function unknownFieldReference(nodes: readonly unknown[], fieldIds: ReadonlySet<string>): string | undefined {
  const pending: unknown[] = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if ('type' in node && node.type === 'field-ref' && 'fieldId' in node && typeof node.fieldId === 'string' && !fieldIds.has(node.fieldId)) {
      return node.fieldId;
    }
    if ('children' in node && Array.isArray(node.children)) pending.push(...(node.children as unknown[]));
  }
  return undefined;
}

/** The ids of the fields a template defines. */
export function templateFieldIds(template: Pick<BriefingTemplate, 'fields'>): ReadonlySet<string> {
  return new Set(template.fields.map((field) => field.id));
}
