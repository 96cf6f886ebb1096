import type { Editor } from 'slate';

import { ReactEditor, useSlate } from 'slate-react';
import type { MarkName } from '../../../shared/document/briefing-body';
import { isBlockFormatActive, type BlockFormat } from '../blocks/blocks';
import { runEditorCommand, shortcutLabel, type EditorCommand } from '../hotkeys';
import { isListActive } from '../lists/lists';
import { isMarkActive } from '../marks/marks';

interface ToolbarButtonSpec {
  command: EditorCommand;
  label: string;
  icon: string;
  shortcut: string[];
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
}

const mark = (name: MarkName) => (editor: Editor) => isMarkActive(editor, name);
const block = (format: BlockFormat) => (editor: Editor) => isBlockFormatActive(editor, format);

const groups: ToolbarButtonSpec[][] = [
  [
    { command: 'undo', label: 'Undo', icon: '↶', shortcut: ['Mod', 'Z'], isEnabled: (editor) => editor.history.undos.length > 0 },
    { command: 'redo', label: 'Redo', icon: '↷', shortcut: ['Mod', 'Y'], isEnabled: (editor) => editor.history.redos.length > 0 },
  ],
  [
    { command: 'bold', label: 'Bold', icon: 'B', shortcut: ['Mod', 'B'], isActive: mark('bold') },
    { command: 'italic', label: 'Italic', icon: 'I', shortcut: ['Mod', 'I'], isActive: mark('italic') },
    { command: 'underline', label: 'Underline', icon: 'U', shortcut: ['Mod', 'U'], isActive: mark('underline') },
  ],
  [
    { command: 'heading-2', label: 'Heading', icon: 'H1', shortcut: ['Mod', 'Alt', '1'], isActive: block({ type: 'heading', level: 2 }) },
    { command: 'heading-3', label: 'Subheading', icon: 'H2', shortcut: ['Mod', 'Alt', '2'], isActive: block({ type: 'heading', level: 3 }) },
    { command: 'paragraph', label: 'Normal text', icon: '¶', shortcut: ['Mod', 'Alt', '0'], isActive: block({ type: 'paragraph' }) },
  ],
  [
    { command: 'bulleted-list', label: 'Bulleted list', icon: '•≡', shortcut: ['Mod', 'Shift', '8'], isActive: (editor) => isListActive(editor, 'bulleted') },
    { command: 'numbered-list', label: 'Numbered list', icon: '1≡', shortcut: ['Mod', 'Shift', '7'], isActive: (editor) => isListActive(editor, 'numbered') },
    { command: 'outdent', label: 'Decrease indent', icon: '⇤', shortcut: ['Shift', 'Tab'] },
    { command: 'indent', label: 'Increase indent', icon: '⇥', shortcut: ['Tab'] },
  ],
];

/** The formatting toolbar: real buttons with labels, active states and the shortcut in the tooltip. */
export interface ToolbarProps {
  isMac: boolean;
  readOnly: boolean;
  canInsertField: boolean;
  onInsertField: () => void;
}

export function Toolbar({ isMac, readOnly, canInsertField, onInsertField }: ToolbarProps) {
  const editor = useSlate();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {groups.map((group, index) => (
        <div className="toolbar-group" key={index}>
          {group.map((spec) => {
            const active = spec.isActive?.(editor) ?? false;
            const enabled = !readOnly && (spec.isEnabled?.(editor) ?? true);
            const tooltip = `${spec.label} (${shortcutLabel(spec.shortcut, isMac)})`;
            return (
              <button
                key={spec.command}
                type="button"
                className={`toolbar-button toolbar-button-${spec.command}`}
                aria-label={spec.label}
                aria-pressed={spec.isActive ? active : undefined}
                aria-keyshortcuts={spec.shortcut.join('+').replace('Mod', isMac ? 'Meta' : 'Control')}
                title={tooltip}
                disabled={!enabled}
                // Keep the text selection: a mouse-down on a button would otherwise move focus out of the editor.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (!editor.selection) ReactEditor.focus(editor);
                  runEditorCommand(editor, spec.command);
                  ReactEditor.focus(editor);
                }}
              >
                {spec.icon}
              </button>
            );
          })}
        </div>
      ))}
      {canInsertField && (
        <div className="toolbar-group">
          <button
            type="button"
            className="toolbar-button toolbar-button-field"
            aria-label="Insert field"
            title="Insert field (type {{)"
            disabled={readOnly}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!editor.selection) ReactEditor.focus(editor);
              onInsertField();
            }}
          >
            {'{ }'} Field
          </button>
        </div>
      )}
    </div>
  );
}

