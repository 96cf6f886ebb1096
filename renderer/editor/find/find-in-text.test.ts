import { describe, expect, it } from 'vitest';
import { findInText } from './find-in-text';

const loose = { matchCase: false, wholeWord: false };

describe('findInText', () => {
  it('ignores case unless asked, in the briefing’s language', () => {
    expect(findInText('Bakı and BAKI and bakı', 'bakı', loose, 'az')).toEqual([[0, 4], [9, 13], [18, 22]]);
    expect(findInText('Bakı and BAKI and bakı', 'Bakı', { ...loose, matchCase: true }, 'az')).toEqual([[0, 4]]);
    expect(findInText('İlham ilham', 'ilham', loose, 'az')).toEqual([[0, 5], [6, 11]]);
    expect(findInText('Москва МОСКВА', 'москва', loose, 'ru')).toEqual([[0, 6], [7, 13]]);
  });

  it('still finds text in a briefing whose language tag Intl cannot use (found by tests/fuzz)', () => {
    expect(findInText('Bakı BAKU', 'baku', loose, 'aa-00')).toEqual([[5, 9]]);
  });

  it('treats letters with diacritics as different letters', () => {
    expect(findInText('şəhər sehər', 'şəhər', loose, 'az')).toEqual([[0, 5]]);
    expect(findInText('şəhər', 'seher', loose, 'az')).toEqual([]);
  });

  it('matches whole words only when asked, in any script', () => {
    expect(findInText('sides besides side', 'side', { ...loose, wholeWord: true }, 'en')).toEqual([[14, 18]]);
    expect(findInText('tərəflər tərəf', 'tərəf', { ...loose, wholeWord: true }, 'az')).toEqual([[9, 14]]);
    expect(findInText('sides besides side', 'side', loose, 'en')).toHaveLength(3);
  });

  it('finds nothing for an empty query and never overlapping matches', () => {
    expect(findInText('abc', '', loose, 'en')).toEqual([]);
    expect(findInText('aaaa', 'aa', loose, 'en')).toEqual([[0, 2], [2, 4]]);
  });
});
