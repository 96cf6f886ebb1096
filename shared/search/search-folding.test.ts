import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithOffsets, searchTerms } from './search-folding';

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

  it('keeps one folded character per original character, so matches map back to the original', () => {
    const text = 'Prezident İlham Əliyev Bakıda';
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toHaveLength(text.length);
    const at = folded.indexOf('eliyev');
    expect(text.slice(offsets[at], offsets[at + 'eliyev'.length])).toBe('Əliyev');
  });

  it('maps characters outside the Basic Multilingual Plane to their original position', () => {
    const text = 'a 𝔸 İlham';
    const { folded, offsets } = foldWithOffsets(text);
    const at = folded.indexOf('ilham');
    expect(text.slice(offsets[at], offsets.at(-1))).toBe('İlham');
  });
});

describe('searchTerms', () => {
  it('splits a query into folded words and drops punctuation and repeats', () => {
    expect(searchTerms('  "İlham" Əliyev, ilham — Bakı ')).toEqual(['ilham', 'eliyev', 'baki']);
    expect(searchTerms('— …')).toEqual([]);
  });
});
