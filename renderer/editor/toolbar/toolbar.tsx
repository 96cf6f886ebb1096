import type { ReactNode } from 'react';
import { ReactEditor, useSlate } from 'slate-react';
import { isWindowCommand, runEditorCommand, shortcutLabel, type WindowCommand } from '../hotkeys';
import { useT } from '../../ui/interface-language';
import { toolbarGroups } from './toolbar-buttons';

export interface ToolbarProps {
  isMac: boolean;
  readOnly: boolean;
  canInsertField: boolean;
  onInsertField: () => void;
  /** Opens the link dialog or the find bar. */
  onWindowCommand: (command: WindowCommand) => void;
  /** More groups at the end of the toolbar (spelling). */
  children?: ReactNode;
}

/** The formatting toolbar: real buttons with labels, active states and the shortcut in the tooltip. */
export function Toolbar({ isMac, readOnly, canInsertField, onInsertField, onWindowCommand, children }: ToolbarProps) {
  const editor = useSlate();
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {toolbarGroups.map((group, index) => (
        <div className="toolbar-group" key={index}>
          {group.map((spec) => {
            const active = spec.isActive?.(editor) ?? false;
            const changesText = spec.command !== 'find';
            const enabled = !(readOnly && changesText) && (spec.isEnabled?.(editor) ?? true);
            const shortcut = (isMac && spec.macShortcut) || spec.shortcut;
            const label = t(spec.label);
            const tooltip = shortcut.length > 0 ? t('toolbar.tooltip', { label, shortcut: shortcutLabel(shortcut, isMac) }) : label;
            return (
              <button
                key={spec.command}
                type="button"
                className={`toolbar-button toolbar-button-${spec.command}`}
                aria-label={label}
                aria-pressed={spec.isActive ? active : undefined}
                aria-keyshortcuts={shortcut.length > 0 ? shortcut.join('+').replace('Mod', isMac ? 'Meta' : 'Control').replace('Ctrl', 'Control') : undefined}
                title={tooltip}
                disabled={!enabled}
                // Keep the text selection: a mouse-down on a button would otherwise move focus out of the editor.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (isWindowCommand(spec.command)) {
                    onWindowCommand(spec.command);
                    return;
                  }
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
            aria-label={t('toolbar.insertField')}
            title={t('toolbar.insertFieldTitle')}
            disabled={readOnly}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!editor.selection) ReactEditor.focus(editor);
              onInsertField();
            }}
          >
            {t('toolbar.fieldButton')}
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
