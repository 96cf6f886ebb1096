import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useSelected, useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import type { TableCellElement, TableElement, TableRowElement } from '../../../shared/document/briefing-body';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { insertTableColumn, insertTableRow, removeTable, removeTableColumn, removeTableRow, toggleHeaderRow } from './table-commands';

const tableTools: { id: string; label: MessageKey; icon: string; run: (editor: Editor) => void }[] = [
  { id: 'row-above', label: 'table.rowAbove', icon: '↥', run: (editor) => insertTableRow(editor, 'above') },
  { id: 'row-below', label: 'table.rowBelow', icon: '↧', run: (editor) => insertTableRow(editor, 'below') },
  { id: 'column-left', label: 'table.columnLeft', icon: '↤', run: (editor) => insertTableColumn(editor, 'left') },
  { id: 'column-right', label: 'table.columnRight', icon: '↦', run: (editor) => insertTableColumn(editor, 'right') },
  { id: 'remove-row', label: 'table.removeRow', icon: '✕≡', run: removeTableRow },
  { id: 'remove-column', label: 'table.removeColumn', icon: '✕‖', run: removeTableColumn },
  { id: 'remove-table', label: 'table.remove', icon: '✕▦', run: removeTable },
];

/**
 * A table block. While the caret is inside it, a row of table tools shows above
 * it (add and remove rows and columns, header row); column widths come from
 * the model's proportions.
 */
export function TableBlock({ attributes, children, element }: RenderElementProps & { element: TableElement }) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const t = useT();
  const readOnly = ReactEditor.isReadOnly(editor);
  return (
    <div {...attributes} className="block block-table" data-header-row={element.headerRow ? 'true' : undefined}>
      {selected && !readOnly && (
        <div contentEditable={false} className="table-tools" role="toolbar" aria-label={t('table.tools')}>
          {tableTools.map((tool) => (
            <button
              key={tool.id}
              type="button"
              className={`table-tool table-tool-${tool.id}`}
              aria-label={t(tool.label)}
              title={t(tool.label)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                tool.run(editor);
                ReactEditor.focus(editor);
              }}
            >
              {tool.icon}
            </button>
          ))}
          <label className="table-tool-header">
            <input
              type="checkbox"
              checked={element.headerRow === true}
              onMouseDown={(event) => event.preventDefault()}
              onChange={() => {
                toggleHeaderRow(editor);
                ReactEditor.focus(editor);
              }}
            />
            {t('table.headerRow')}
          </label>
        </div>
      )}
      <table className="editor-table">
        <colgroup contentEditable={false}>
          {element.columnWidths.map((width, index) => (
            <col key={index} style={{ width: `${(width * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function TableRowBlock({ attributes, children }: RenderElementProps & { element: TableRowElement }) {
  return <tr {...attributes}>{children}</tr>;
}

export function TableCellBlock({ attributes, children }: RenderElementProps & { element: TableCellElement }) {
  return (
    <td {...attributes} className="editor-table-cell">
      {children}
    </td>
  );
}
