import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Editor, Transforms, type BaseRange, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { createBriefingEditor } from './create-briefing-editor';
import { fieldChoices, insertFieldReference, onFieldTrigger, type FieldChoice } from './fields/field-commands';
import { useFieldContext } from './fields/field-context';
import { FieldPicker } from './fields/field-picker';
import { commandForKeyStroke, isMacPlatform, runEditorCommand } from './hotkeys';
import { Leaf } from './marks/leaf';
import { renderElement } from './render-element';
import { Toolbar } from './toolbar/toolbar';

export interface BriefingEditorProps {
  initialBody: BriefingBody;
  readOnly?: boolean;
  /** Called after every change to the document (not for selection moves). */
  onBodyChange: (body: BriefingBody) => void;
  /** Called after every change, selection moves included, with the editor. */
  onEditorChange?: (editor: Editor) => void;
  /** Rendered between the toolbar and the body, e.g. the title and the details. */
  header?: ReactNode;
  /** Rendered beside the page, e.g. the Details form. */
  sidePanel?: ReactNode;
  /** Rendered at the end of the toolbar row. */
  toolbarEnd?: ReactNode;
}

/**
 * The rich-text body of one briefing. Mount it with `key={briefing.id}`: the
 * Slate editor is created once per briefing and keeps its own history.
 */
export function BriefingEditor({ initialBody, readOnly = false, onBodyChange, onEditorChange, header, toolbarEnd, sidePanel }: BriefingEditorProps) {
  const editor = useMemo(() => {
    const created = createBriefingEditor();
    // Normalise once on load, so a body written by another version is repaired before the first edit.
    created.children = structuredClone(initialBody);
    Editor.normalize(created, { force: true });
    return created;
    // The editor belongs to one briefing for its whole life; see the `key` note above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const isMac = useMemo(() => isMacPlatform(), []);

  const handleChange = useCallback(
    (value: Descendant[]) => {
      onEditorChange?.(editor);
      if (editor.operations.some((operation) => operation.type !== 'set_selection')) {
        onBodyChange(value as BriefingBody);
      }
    },
    [editor, onBodyChange, onEditorChange],
  );

  const { template } = useFieldContext();
  const choices = useMemo(() => fieldChoices(template), [template]);
  const [picker, setPicker] = useState<{ at: BaseRange; left: number; top: number } | undefined>(undefined);

  /** Opens "Insert field" below the caret, remembering where to insert. */
  const openFieldPicker = useCallback(() => {
    if (!editor.selection) return;
    const at = editor.selection;
    let left = 0;
    let top = 0;
    try {
      const rect = ReactEditor.toDOMRange(editor, at).getBoundingClientRect();
      left = rect.left;
      top = rect.bottom + 4;
    } catch {
      // The selection has no DOM range yet (nothing rendered there): show it at the top of the window.
    }
    // The picker takes the keyboard; without this the editor would take its focus back on its next render.
    ReactEditor.blur(editor);
    setPicker({ at, left, top });
  }, [editor]);

  const closeFieldPicker = useCallback(
    (choice?: FieldChoice) => {
      const at = picker?.at;
      setPicker(undefined);
      ReactEditor.focus(editor);
      if (!at) return;
      Transforms.select(editor, at);
      if (choice) insertFieldReference(editor, choice);
    },
    [editor, picker],
  );

  useEffect(() => {
    // Typing "{{" opens the picker once the DOM shows the caret where it now is.
    onFieldTrigger(editor, choices.length > 0 ? () => setTimeout(openFieldPicker, 0) : undefined);
    return () => onFieldTrigger(editor, undefined);
  }, [editor, choices, openFieldPicker]);

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.nativeEvent.isComposing) return;
      const command = commandForKeyStroke(event, isMac);
      if (command && runEditorCommand(editor, command)) event.preventDefault();
    },
    [editor, isMac],
  );

  return (
    <Slate editor={editor} initialValue={editor.children} onChange={handleChange}>
      <div className="editor-frame">
        <div className="toolbar-row">
          <Toolbar isMac={isMac} readOnly={readOnly} canInsertField={choices.length > 0} onInsertField={openFieldPicker} />
          {toolbarEnd && <div className="toolbar-end">{toolbarEnd}</div>}
        </div>
        <div className="editor-body">
          <div className="editor-scroll">
            <article className="page">
              {header}
              <Editable
                className="briefing-body"
                aria-label="Briefing text"
                renderElement={renderElement}
                renderLeaf={Leaf}
                onKeyDown={handleKeyDown}
                readOnly={readOnly}
                spellCheck
              />
            </article>
          </div>
          {sidePanel}
        </div>
        {picker && (
          <FieldPicker choices={choices} position={picker} onPick={(choice) => closeFieldPicker(choice)} onClose={() => closeFieldPicker()} />
        )}
      </div>
    </Slate>
  );
}
