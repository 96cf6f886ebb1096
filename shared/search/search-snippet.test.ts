import { describe, expect, it } from 'vitest';
import { buildSnippet } from './search-snippet';

const marked = (snippet: ReturnType<typeof buildSnippet>) => snippet?.parts.filter((part) => part.match).map((part) => part.text);

describe('buildSnippet', () => {
  it('marks the matched words as written in the original text', () => {
    const snippet = buildSnippet('On 21 November President İlham Əliyev met the delegation in Bakı.', ['eliyev', 'baki']);
    expect(marked(snippet)).toEqual(['Əliyev', 'Bakı']);
    expect(snippet?.parts.map((part) => part.text).join('')).toBe('On 21 November President İlham Əliyev met the delegation in Bakı.');
  });

  it('matches words that start with a term, as search-as-you-type does', () => {
    expect(marked(buildSnippet('Встреча в Москве прошла', ['москв']))).toEqual(['Москве']);
  });

  it('cuts a long text around the first match and says it was cut', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(40)}The sides met in Bakı. ${'Closing words here. '.repeat(40)}`;
    const snippet = buildSnippet(text, ['baki'], 120);
    expect(snippet?.truncatedStart).toBe(true);
    expect(snippet?.truncatedEnd).toBe(true);
    const joined = snippet?.parts.map((part) => part.text).join('') ?? '';
    expect(joined.length).toBeLessThanOrEqual(120);
    expect(marked(snippet)).toEqual(['Bakı']);
  });

  it('gives nothing when no term occurs', () => {
    expect(buildSnippet('Nothing to see', ['baki'])).toBeUndefined();
    expect(buildSnippet('Nothing to see', [])).toBeUndefined();
  });
});
