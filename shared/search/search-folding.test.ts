import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-folding';

describe('foldForSearch', () => {
  it('lets a person find Azerbaijani names by what an English keyboard types', () => {
    expect(foldForSearch('Əliyev')).toBe('eliyev');
    expect(foldForSearch('İlham')).toBe('ilham');
    expect(foldForSearch('ILHAM')).toBe('ilham');
    expect(foldForSearch('Bakı')).toBe('baki');
    expect(foldForSearch('Şuşa Gəncə Ağdam Göyçay Üzeyir')).toBe('susa gence agdam goycay uzeyir');
  });

  it('folds Russian case and ё to е, keeping Cyrillic Cyrillic', () => {
    expect(foldForSearch('Москва')).toBe('москва');
    expect(foldForSearch('Ёлка')).toBe(foldForSearch('елка'));
    expect(foldForSearch('Йошкар-Ола')).toBe('иошкар-ола');
  });

  it('keeps the length of the original, so a match in the folded text is at the same place in the original', () => {
    for (const text of ['Prezident İlham Əliyev Bakıda', 'a 𝔸 İlham ß ẞ ǅ', 'Встреча в Москве, ёмкость', 'cafe\u0301 naïve']) {
      expect(foldForSearch(text)).toHaveLength(text.length);
    }
    const text = 'Prezident İlham Əliyev Bakıda';
    const at = foldForSearch(text).indexOf('eliyev');
    expect(text.slice(at, at + 'eliyev'.length)).toBe('Əliyev');
  });
});
