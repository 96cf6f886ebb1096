import type { BlockElement, SectionElement } from '../../shared/document/briefing-body';

/** A paragraph of plain text, for input → output fixtures. */
export const paragraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

/** A section whose heading is its id, holding the given blocks. */
export const section = (sectionId: string, ...children: BlockElement[]): SectionElement => ({
  type: 'section',
  sectionId,
  heading: sectionId,
  guidance: '',
  required: false,
  locked: true,
  children,
});

/** A table of plain-text cells, equal columns; `headerRow` as in the model. */
export function table(rows: string[][], headerRow = true): BlockElement {
  const columns = Math.max(...rows.map((row) => row.length));
  return {
    type: 'table',
    ...(headerRow ? { headerRow: true } : {}),
    columnWidths: Array.from({ length: columns }, () => 1 / columns),
    children: rows.map((row) => ({ type: 'table-row', children: row.map((text) => ({ type: 'table-cell', children: [{ text }] })) })),
  };
}
