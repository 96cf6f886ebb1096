import { createContext, useContext } from 'react';
import type { FieldValues } from '../../../shared/document/briefing';
import type { FieldReferenceElement } from '../../../shared/document/briefing-body';
import { resolveFieldReference, type ResolvedReference } from '../../../shared/document/field-references';
import type { BriefingTemplate } from '../../../shared/document/template';

export interface FieldContextValue {
  template: BriefingTemplate | undefined;
  fields: FieldValues;
  language: string;
}

/** The open briefing's template, field values and language, for field references to show. */
export const FieldContext = createContext<FieldContextValue>({ template: undefined, fields: {}, language: 'en' });

export function useFieldContext(): FieldContextValue {
  return useContext(FieldContext);
}

export function resolveReference(reference: FieldReferenceElement, context: FieldContextValue): ResolvedReference {
  return resolveFieldReference(reference, context.template, context.fields, context.language);
}
