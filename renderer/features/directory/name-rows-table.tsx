import type { MessageKey } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { editedForms, type NameRow } from './directory-drafts';

const formLabels: Record<string, MessageKey> = { genitive: 'directory.genitive', dative: 'directory.dative', instrumental: 'directory.instrumental' };

export interface NameRowsTableProps {
  caption: string;
  textLabel: string;
  /** The second box of a row (honorific, short form); absent for titles. */
  extraLabel?: string;
  rows: readonly NameRow[];
  onChange: (rows: NameRow[]) => void;
}

/** One row per language: the text, an extra box, and the forms a readout in that language may need. */
export function NameRowsTable({ caption, textLabel, extraLabel, rows, onChange }: NameRowsTableProps) {
  const t = useT();
  const formLabel = (form: string) => (formLabels[form] ? t(formLabels[form]) : form);
  const update = (index: number, next: NameRow) => onChange(rows.map((row, at) => (at === index ? next : row)));
  return (
    <table className="directory-names">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('directory.language')}</th>
          <th scope="col">{textLabel}</th>
          {extraLabel && <th scope="col">{extraLabel}</th>}
          {editedForms.map((form) => (
            <th scope="col" key={form}>
              {formLabel(form)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.language}>
            <th scope="row">{row.language}</th>
            <td>
              <input aria-label={t('directory.cellLabel', { table: caption, column: textLabel, language: row.language })} lang={row.language} dir="auto" value={row.text} onChange={(event) => update(index, { ...row, text: event.target.value })} />
            </td>
            {extraLabel && (
              <td>
                <input aria-label={t('directory.cellLabel', { table: caption, column: extraLabel, language: row.language })} lang={row.language} dir="auto" value={row.extra} onChange={(event) => update(index, { ...row, extra: event.target.value })} />
              </td>
            )}
            {editedForms.map((form) => (
              <td key={form}>
                <input
                  aria-label={t('directory.cellLabel', { table: caption, column: formLabel(form), language: row.language })}
                  lang={row.language}
                  dir="auto"
                  value={row.forms[form]}
                  onChange={(event) => update(index, { ...row, forms: { ...row.forms, [form]: event.target.value } })}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
