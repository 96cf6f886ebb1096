import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { paragraph, section } from '../../tests/support/body-fixtures';
import type { BlockElement } from './briefing-body';
import { normalizeBriefingBody } from './briefing-normalization';

const p = paragraph;
const raw = (value: unknown) => value as Descendant[];

// Input → output fixtures, the way Slate's own tests are written.
describe('normalizeBriefingBody', () => {
  it.each([
    {
      name: 'leaves a valid body as it is',
      input: [section('a', p('one'), p('two')), section('b', p(''))],
      output: [section('a', p('one'), p('two')), section('b', p(''))],
    },
    {
      name: 'moves a stray top-level block into the section before it',
      input: [section('a', p('text')), p('stray'), section('b', p('b'))],
      output: [section('a', p('text'), p('stray')), section('b', p('b'))],
    },
    {
      name: 'moves a leading stray block into the first section',
      input: [p('stray'), section('a', p('text'))],
      output: [section('a', p('stray'), p('text'))],
    },
    {
      name: 'gives an emptied section an empty paragraph',
      input: [section('a', p('text')), { ...section('b'), children: [] }],
      output: [section('a', p('text')), section('b', p(''))],
    },
    {
      name: 'gives a body emptied of every section an untitled one (found by tests/fuzz)',
      input: [],
      output: [{ ...section('body', p('')), heading: '', locked: false }],
    },
    {
      name: 'unwraps a section nested in a section',
      input: [section('a', p('one'), section('x', p('two')) as unknown as BlockElement)],
      output: [section('a', p('one'), p('two'))],
    },
    {
      name: 'wraps bare text in a section into a paragraph',
      input: [{ ...section('a'), children: [{ text: 'loose' }] }],
      output: [section('a', p('loose'))],
    },
    {
      name: 'lifts a block pasted inside a block',
      input: [section('a', { type: 'paragraph', children: [p('inner') as unknown as { text: string }] })],
      output: [section('a', p('inner'))],
    },
    {
      name: 'empties text that got inside a field reference',
      input: [section('a', { type: 'paragraph', children: [{ text: 'On ' }, { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: 'typed' }] }, { text: '' }] })],
      output: [section('a', { type: 'paragraph', children: [{ text: 'On ' }, { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] }, { text: '' }] })],
    },
    {
      name: 'puts text on both sides of a field reference, as Slate requires of inline elements',
      input: [section('a', { type: 'paragraph', children: [{ type: 'field-ref', fieldId: 'host', part: 'name', children: [{ text: '' }] }] })],
      output: [section('a', { type: 'paragraph', children: [{ text: '' }, { type: 'field-ref', fieldId: 'host', part: 'name', children: [{ text: '' }] }, { text: '' }] })],
    },
    {
      name: 'wraps a field reference loose in a section into a paragraph',
      input: [section('a', { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] } as unknown as BlockElement)],
      output: [section('a', { type: 'paragraph', children: [{ text: '' }, { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] }, { text: '' }] })],
    },
    {
      name: 'empties text that got inside a page break',
      input: [section('a', p('before'), { type: 'page-break', children: [{ text: 'typed', bold: true }] } as unknown as BlockElement, p('after'))],
      output: [section('a', p('before'), { type: 'page-break', children: [{ text: '' }] }, p('after'))],
    },
    {
      name: 'empties a page break or rule that holds a block (found by tests/fuzz)',
      input: [section('a', { type: 'page-break', children: [p('was a section')] } as unknown as BlockElement, { type: 'horizontal-rule', children: [p('x'), { text: '' }] } as unknown as BlockElement)],
      output: [section('a', { type: 'page-break', children: [{ text: '' }] }, { type: 'horizontal-rule', children: [{ text: '' }] })],
    },
    {
      name: 'lifts a page break out of a paragraph, splitting it (found by tests/fuzz)',
      input: [section('a', { type: 'paragraph', children: [{ text: 'one' }, { type: 'page-break', children: [{ text: '' }] } as unknown as { text: string }, { text: 'two' }] })],
      output: [section('a', p('one'), { type: 'page-break', children: [{ text: '' }] }, p('two'))],
    },
    {
      name: 'lifts a field reference out of a link, splitting the link around it',
      input: [
        section('a', {
          type: 'paragraph',
          children: [
            { text: '' },
            { type: 'link', url: 'https://example.org', children: [{ text: 'see ' }, { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] } as unknown as { text: string }, { text: ' now' }] },
            { text: '' },
          ],
        }),
      ],
      output: [
        section('a', {
          type: 'paragraph',
          children: [
            { text: '' },
            { type: 'link', url: 'https://example.org', children: [{ text: 'see ' }] },
            { text: '' },
            { type: 'field-ref', fieldId: 'location', children: [{ text: '' }] },
            { text: '' },
            { type: 'link', url: 'https://example.org', children: [{ text: ' now' }] },
            { text: '' },
          ],
        }),
      ],
    },
    {
      name: 'drops subscript from a text marked both superscript and subscript',
      input: [section('a', { type: 'paragraph', children: [{ text: 'x2', superscript: true, subscript: true }] })],
      output: [section('a', { type: 'paragraph', children: [{ text: 'x2', superscript: true }] })],
    },
  ])('$name', ({ input, output }) => {
    expect(normalizeBriefingBody(raw(input))).toEqual(output);
  });

  it('does not change the body it was given', () => {
    const input = [p('stray'), section('a', p('text'))];
    const copy = structuredClone(input);
    normalizeBriefingBody(raw(input));
    expect(input).toEqual(copy);
  });

  it('refuses a link whose address is not http, https or mailto', () => {
    const link = (url: string) => [section('a', { type: 'paragraph', children: [{ text: '' }, { type: 'link', url, children: [{ text: 'click' }] }, { text: '' }] })];
    expect(() => normalizeBriefingBody(raw(link('javascript:alert(1)')))).toThrow();
    expect(() => normalizeBriefingBody(raw(link('data:text/html,<script>1</script>')))).toThrow();
    expect(normalizeBriefingBody(raw(link('mailto:press@example.org')))).toEqual(link('mailto:press@example.org'));
  });

  it('refuses what no rule can repair into a valid body', () => {
    expect(() => normalizeBriefingBody(raw([section('a', { type: 'video', children: [{ text: '' }] } as unknown as BlockElement)]))).toThrow();
  });
});
