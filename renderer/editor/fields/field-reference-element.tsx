import type { RenderElementProps } from 'slate-react';
import { useFocused, useSelected } from 'slate-react';
import type { FieldReferenceElement as FieldReferenceNode } from '../../../shared/document/briefing-body';
import { useT } from '../../ui/interface-language';
import { personPartMessages } from './field-commands';
import { resolveReference, useFieldContext } from './field-context';
import { useSuggestionTitle } from '../suggestions/suggestion-title';

/**
 * A field shown inside running text: a chip with the field's current value,
 * or its name in brackets while the field is empty. Not editable in place —
 * the value is edited once, in Details, and every reference follows.
 */
export function FieldReferenceElement({ attributes, children, element }: RenderElementProps & { element: FieldReferenceNode }) {
  const context = useFieldContext();
  const selected = useSelected();
  const focused = useFocused();
  const t = useT();
  const { label, value } = resolveReference(element, context);
  const fieldLabel = context.template?.fields.find((field) => field.id === element.fieldId)?.label ?? element.fieldId;
  const shownLabel = element.part ? t(personPartMessages[element.part], { field: fieldLabel }) : label;
  const suggestionTitle = useSuggestionTitle(element.suggestion);
  return (
    <span
      {...attributes}
      contentEditable={false}
      className={`field-ref${value ? '' : ' field-ref-empty'}${selected && focused ? ' field-ref-selected' : ''}${element.suggestion ? ` suggestion suggestion-${element.suggestion.kind}` : ''}`}
      data-field-id={element.fieldId}
      data-suggestion={element.suggestion?.id}
      title={suggestionTitle ?? t('fieldPicker.changeInDetails', { label: shownLabel })}
    >
      {value || `[${shownLabel}]`}
      {children}
    </span>
  );
}
