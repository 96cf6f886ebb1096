import { describe, expect, it } from 'vitest';
import { wordLanguage } from './word-language';

describe('wordLanguage', () => {
  it('adds the region Word\'s proofing tools expect to a bare language, and keeps a full tag', () => {
    expect(wordLanguage('az')).toBe('az-Latn-AZ');
    expect(wordLanguage('az-Cyrl')).toBe('az-Cyrl-AZ');
    expect(wordLanguage('ru')).toBe('ru-RU');
    expect(wordLanguage('en-GB')).toBe('en-GB');
    expect(wordLanguage('hy')).toBe('hy');
  });
});
