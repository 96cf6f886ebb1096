import { Editor, Range, Transforms } from 'slate';
import type { FieldReferenceElement, PersonPart } from '../../../shared/document/briefing-body';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { MessageKey, Translate } from '../../../shared/i18n/messages';

export interface FieldChoice {
  fieldId: string;
  part?: PersonPart;
  label: string;
}

/** A person field's parts as the field picker and a reference's tooltip name them. */
export const personPartMessages = {
  name: 'fieldPicker.name',
  title: 'fieldPicker.title',
  organisation: 'fieldPicker.organisation',
} as const satisfies Record<PersonPart, MessageKey>;

/** What "Insert field" offers for a template: every field, and for a person its name, title and organisation too. */
export function fieldChoices(template: BriefingTemplate | undefined, t: Translate): FieldChoice[] {
  if (!template) return [];
  return template.fields.flatMap((field): FieldChoice[] =>
    field.type === 'person'
      ? [
          { fieldId: field.id, label: t('fieldPicker.titleAndName', { field: field.label }) },
          ...(['name', 'title', 'organisation'] as const).map((part) => ({ fieldId: field.id, part, label: t(personPartMessages[part], { field: field.label }) })),
        ]
      : [{ fieldId: field.id, label: field.label }],
  );
}

export function fieldReference(choice: Pick<FieldChoice, 'fieldId' | 'part'>): FieldReferenceElement {
  return { type: 'field-ref', fieldId: choice.fieldId, ...(choice.part ? { part: choice.part } : {}), children: [{ text: '' }] };
}

/** Puts a reference at the caret (replacing any selected text) and moves the caret after it. */
export function insertFieldReference(editor: Editor, choice: Pick<FieldChoice, 'fieldId' | 'part'>): void {
  Transforms.insertNodes(editor, fieldReference(choice));
  Transforms.move(editor);
}

const triggerHandlers = new WeakMap<Editor, () => void>();

/** Sets what typing "{{" does in this editor (the component opens its field picker). */
export function onFieldTrigger(editor: Editor, handler: (() => void) | undefined): void {
  if (handler) triggerHandlers.set(editor, handler);
  else triggerHandlers.delete(editor);
}

/**
 * Typing "{{" asks for a field, the way template languages mark one. Done in
 * `insertText` rather than on key-down, because Chromium may still be
 * inserting the first "{" natively when the second key arrives.
 */
export function withFieldTrigger(editor: Editor): Editor {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    const { selection } = editor;
    const handler = triggerHandlers.get(editor);
    if (text === '{' && handler && selection && Range.isCollapsed(selection) && selection.anchor.offset > 0) {
      const before = Editor.string(editor, { anchor: { ...selection.anchor, offset: selection.anchor.offset - 1 }, focus: selection.anchor });
      if (before === '{') {
        Transforms.delete(editor, { distance: 1, unit: 'character', reverse: true });
        handler();
        return;
      }
    }
    insertText(text, options);
  };
  return editor;
}
