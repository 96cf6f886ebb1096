import { describe, expect, it } from 'vitest';
import { buildSnippet } from './search-snippet';
import { matchRanges, searchTermSpellings } from './search-spellings';

const marked = (snippet: ReturnType<typeof buildSnippet>) => snippet?.parts.filter((part) => part.match).map((part) => part.text);
describe('buildSnippet', () => {
  it('marks the matched words as written in the original text', () => {
    const text = 'On 21 November President İlham Əliyev met the delegation in Bakı.';
    const snippet = buildSnippet(text, matchRanges(text, searchTermSpellings('eliyev baki')));
    expect(marked(snippet)).toEqual(['Əliyev', 'Bakı']);
    expect(snippet?.parts.map((part) => part.text).join('')).toBe(text);
    expect(snippet).toMatchObject({ truncatedStart: false, truncatedEnd: false });
  });

  it('cuts a long text around the first match and says it was cut', () => {
    const before = 'Lorem ipsum dolor sit amet. '.repeat(40);
    const text = `${before}The sides met in Bakı. ${'Closing words here. '.repeat(40)}`;
    const at = before.length + 'The sides met in '.length;
    const snippet = buildSnippet(text, [{ start: at, end: at + 4 }], 120);
    expect(snippet?.truncatedStart).toBe(true);
    expect(snippet?.truncatedEnd).toBe(true);
    expect(snippet?.parts.map((part) => part.text).join('').length).toBeLessThanOrEqual(120);
    expect(marked(snippet)).toEqual(['Bakı']);
  });

  it('gives nothing without a match', () => {
    expect(buildSnippet('Nothing to see', [])).toBeUndefined();
  });
});
