import { useState, type FormEvent } from 'react';
import { MAX_TABLE_COLUMNS } from '../../../shared/document/briefing-body';
import { DialogActions } from '../../ui/dialog-actions';
import { useT } from '../../ui/interface-language';
import { ModalDialog } from '../../ui/modal-dialog';
import { MAX_INSERTED_ROWS } from './table-commands';

export interface TableDialogProps {
  onInsert: (rows: number, columns: number) => void;
  onClose: () => void;
}

const whole = (value: string, max: number): number | undefined => {
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= 1 && number <= max ? number : undefined;
};

/** Insert table: how many columns and rows, as Word asks. */
export function TableDialog({ onInsert, onClose }: TableDialogProps) {
  const t = useT();
  const [columns, setColumns] = useState('3');
  const [rows, setRows] = useState('3');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rowCount = whole(rows, MAX_INSERTED_ROWS);
    const columnCount = whole(columns, MAX_TABLE_COLUMNS);
    if (rowCount === undefined || columnCount === undefined) {
      setError(t('table.sizeError', { maxRows: MAX_INSERTED_ROWS, maxColumns: MAX_TABLE_COLUMNS }));
      return;
    }
    onInsert(rowCount, columnCount);
  };
  return (
    <ModalDialog title={t('table.insertTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label className="field-label" htmlFor="table-columns">
          {t('table.columns')}
        </label>
        <input id="table-columns" className="field-control" type="number" min={1} max={MAX_TABLE_COLUMNS} value={columns} onChange={(event) => setColumns(event.target.value)} autoFocus />
        <label className="field-label" htmlFor="table-rows">
          {t('table.rows')}
        </label>
        <input id="table-rows" className="field-control" type="number" min={1} max={MAX_INSERTED_ROWS} value={rows} onChange={(event) => setRows(event.target.value)} />
        <DialogActions error={error} errorId="table-size-error" cancel={{ onClick: onClose }} primary={{ label: t('table.insert') }} />
      </form>
    </ModalDialog>
  );
}
