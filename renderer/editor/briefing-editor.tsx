import { useCallback, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { Editor, type Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { createBriefingEditor } from './create-briefing-editor';
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
          <Toolbar isMac={isMac} readOnly={readOnly} />
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
      </div>
    </Slate>
  );
}
