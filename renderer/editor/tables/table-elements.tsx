import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useSelected, useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import type { TableCellElement, TableElement, TableRowElement } from '../../../shared/document/briefing-body';
import { resizedWidths } from '../../../shared/document/table-normalization';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { changeColumnWidth, insertTableColumn, insertTableRow, removeTable, removeTableColumn, removeTableRow, setTableColumnWidths, toggleHeaderRow } from './table-commands';

const tableTools: { id: string; label: MessageKey; icon: string; run: (editor: Editor) => void }[] = [
  { id: 'row-above', label: 'table.rowAbove', icon: '↥', run: (editor) => insertTableRow(editor, 'above') },
  { id: 'row-below', label: 'table.rowBelow', icon: '↧', run: (editor) => insertTableRow(editor, 'below') },
  { id: 'column-left', label: 'table.columnLeft', icon: '↤', run: (editor) => insertTableColumn(editor, 'left') },
  { id: 'column-right', label: 'table.columnRight', icon: '↦', run: (editor) => insertTableColumn(editor, 'right') },
  { id: 'narrow-column', label: 'table.narrowColumn', icon: '→|←', run: (editor) => changeColumnWidth(editor, -1) },
  { id: 'widen-column', label: 'table.widenColumn', icon: '←|→', run: (editor) => changeColumnWidth(editor, 1) },
  { id: 'remove-row', label: 'table.removeRow', icon: '✕≡', run: removeTableRow },
  { id: 'remove-column', label: 'table.removeColumn', icon: '✕‖', run: removeTableColumn },
  { id: 'remove-table', label: 'table.remove', icon: '✕▦', run: removeTable },
];

/** Where a column border is being dragged: the widths at the start, the pointer's start, the table's width and direction. */
interface BorderDrag {
  border: number;
  startX: number;
  start: number[];
  width: number;
  rtl: boolean;
}

/**
 * A table block. While the caret is inside it, a row of table tools shows above
 * it (add and remove rows and columns, widen or narrow the caret's column,
 * header row); column widths come from the model's proportions. Each border
 * between two columns can be dragged: the two columns beside it share their
 * width anew while the others stay, shown live and written to the body once,
 * when the pointer is let go (one undo step).
 */
export function TableBlock({ attributes, children, element }: RenderElementProps & { element: TableElement }) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const t = useT();
  const readOnly = ReactEditor.isReadOnly(editor);
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<BorderDrag | undefined>(undefined);
  const [dragWidths, setDragWidths] = useState<number[] | undefined>(undefined);
  const widths = dragWidths ?? element.columnWidths;
  const widthsDuring = (event: ReactPointerEvent, current: BorderDrag) => {
    const moved = (event.clientX - current.startX) / current.width;
    return resizedWidths(current.start, current.border, current.rtl ? -moved : moved);
  };
  const startDrag = (event: ReactPointerEvent<HTMLDivElement>, border: number) => {
    const box = frame.current?.getBoundingClientRect();
    if (!box || box.width <= 0 || event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { border, startX: event.clientX, start: [...element.columnWidths], width: box.width, rtl: getComputedStyle(frame.current!).direction === 'rtl' };
    setDragWidths([...element.columnWidths]);
  };
  const moveDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (drag.current) setDragWidths(widthsDuring(event, drag.current));
  };
  const endDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    drag.current = undefined;
    setDragWidths(undefined);
    const path = ReactEditor.findPath(editor, element);
    setTableColumnWidths(editor, path, widthsDuring(event, current));
  };
  // Each border's distance from the table's starting edge, as a share of its width.
  const borders = widths.slice(0, -1).map((_, index) => widths.slice(0, index + 1).reduce((sum, width) => sum + width, 0));
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
      <div ref={frame} className="editor-table-frame">
        <table className="editor-table">
          <colgroup contentEditable={false}>
            {widths.map((width, index) => (
              <col key={index} style={{ width: `${(width * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <tbody>{children}</tbody>
        </table>
        {!readOnly &&
          borders.map((offset, index) => (
            <div
              key={index}
              contentEditable={false}
              className={`table-column-border${dragWidths ? ' table-column-border-dragging' : ''}`}
              role="separator"
              aria-orientation="vertical"
              aria-label={t('table.columnBorder', { left: index + 1, right: index + 2 })}
              title={t('table.columnBorder', { left: index + 1, right: index + 2 })}
              style={{ insetInlineStart: `${(offset * 100).toFixed(2)}%` }}
              onPointerDown={(event) => startDrag(event, index)}
              onPointerMove={moveDrag}
              onPointerUp={endDrag}
              onPointerCancel={() => {
                drag.current = undefined;
                setDragWidths(undefined);
              }}
            />
          ))}
      </div>
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
