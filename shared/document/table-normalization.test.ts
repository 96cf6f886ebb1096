import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { paragraph as p, section, table } from '../../tests/support/body-fixtures';
import { briefingBodySchema } from './briefing-body';
import { normalizeBriefingBody } from './briefing-normalization';
import { fittedWidths } from './table-normalization';

const raw = (value: unknown) => value as Descendant[];
const cell = (text: string) => ({ type: 'table-cell', children: [{ text }] });
const row = (...cells: unknown[]) => ({ type: 'table-row', children: cells }) as never;

describe('table normalisation', () => {
  it('leaves a rectangular table as it is', () => {
    const body = [section('a', p('Signed:'), table([['Document', 'Signed by'], ['Memorandum', 'Ministers']]), p(''))];
    expect(normalizeBriefingBody(body)).toEqual(body);
  });

  it('pads a short row with empty cells, so the table stays rectangular', () => {
    const input = [section('a', { type: 'table', columnWidths: [0.5, 0.5], children: [row(cell('A'), cell('B')), row(cell('C'))] })];
    expect(normalizeBriefingBody(raw(input))).toEqual([section('a', table([['A', 'B'], ['C', '']], false))]);
  });

  it('fits the column widths to the columns and makes them add up to the whole', () => {
    const input = [section('a', { type: 'table', columnWidths: [2, 2], children: [row(cell('A'), cell('B'), cell('C'))] })];
    const [out] = normalizeBriefingBody(raw(input));
    const fixed = out?.children[0];
    expect(fixed?.type === 'table' && fixed.columnWidths).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('keeps the proportions a person set when a width is missing', () => {
    // The missing third column gets the average of the others' shares (0.4), then all are scaled to the whole.
    expect(fittedWidths([0.6, 0.2], 3).map((width) => width.toFixed(3))).toEqual(['0.500', '0.167', '0.333']);
    expect(fittedWidths([0.5, 0.25, 0.25], 2)).toEqual([2 / 3, 1 / 3]);
  });

  it('wraps a stray row in a table and stray text in a cell', () => {
    const input = [section('a', row(cell('A'), { text: 'loose' }))];
    expect(normalizeBriefingBody(raw(input))).toEqual([section('a', table([['A', 'loose']], false))]);
  });

  it('turns a paragraph inside a table into a row of its own, and lifts a block out of a cell', () => {
    const input = [section('a', { type: 'table', columnWidths: [1], children: [row({ type: 'table-cell', children: [p('Inner')] }), p('Stray')] } as never)];
    expect(normalizeBriefingBody(raw(input))).toEqual([section('a', table([['Inner'], ['Stray']], false))]);
  });

  it('lifts a table that got inside a paragraph out of it, splitting the paragraph around it', () => {
    const input = [section('a', { type: 'paragraph', children: [{ text: 'Before' }, table([['A', 'B']]), { text: 'after' }] } as never)];
    expect(normalizeBriefingBody(raw(input))).toEqual([section('a', p('Before'), table([['A', 'B']]), p('after'))]);
  });

  it('flattens a table pasted inside a cell into that cell', () => {
    const inner = table([['x']], false);
    const input = [section('a', { type: 'table', columnWidths: [1], children: [row({ type: 'table-cell', children: [inner] })] })];
    expect(normalizeBriefingBody(raw(input))).toEqual([section('a', table([['x']], false))]);
  });

  it('joins the columns beyond the widest a table may be into the last one, losing no text', () => {
    const cells = Array.from({ length: 22 }, (_, index) => cell(`c${index}`));
    const [out] = normalizeBriefingBody(raw([section('a', { type: 'table', columnWidths: [], children: [row(...cells)] })]));
    const fixed = out?.children[0];
    expect(fixed?.type === 'table' && fixed.children[0]?.children.length).toBe(20);
    expect(JSON.stringify(out)).toContain('c19c20c21');
  });

  it('the schema refuses a table whose widths do not add up to the whole', () => {
    const body = [section('a', { ...table([['A', 'B']]), columnWidths: [0.9, 0.9] } as never)];
    expect(briefingBodySchema.safeParse(body).success).toBe(false);
  });
});
