import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch } from './search-folding';
import { foldForIndex, indexText, indexTextUncached, matchRanges, matchRangesInWhole, searchTermSpellings, spellingsOf } from './search-spellings';

/** Whether `query` finds `text` the way the index does: every query word starts one of the text's spellings. */
function finds(query: string, text: string, options: { azerbaijani?: boolean } = {}): boolean {
  const words = indexText(text, options).split(/[^\p{L}\p{N}]+/u);
  return searchTermSpellings(query).every((term) => term.some((prefix) => words.some((word) => word.startsWith(prefix))));
}

describe('Azerbaijani spellings', () => {
  it('finds a name by its English transliterations, with ə as a and as e', () => {
    expect(finds('asadov', 'Baş nazir Əli Əsədov')).toBe(true);
    expect(finds('esedov', 'Baş nazir Əli Əsədov')).toBe(true);
    expect(finds('Ali Asadov', 'Baş nazir Əli Əsədov')).toBe(true);
    expect(finds('aliyev', 'Prezident İlham Əliyev')).toBe(true);
    expect(finds('eliyev', 'Prezident İlham Əliyev')).toBe(true);
  });

  it('writes ş ç ğ x q c as English does, only in Azerbaijani words', () => {
    expect(spellingsOf('Şəki')).toEqual(['seki', 'shaki', 'sheki']);
    expect(finds('Nakhchivan', 'Naxçıvan Muxtar Respublikası')).toBe(true);
    expect(finds('Ganja', 'Gəncə şəhəri')).toBe(true);
    expect(finds('Aghdam', 'Ağdam rayonu')).toBe(true);
    expect(finds('Jabrayil', 'Cəbrayıl')).toBe(true);
    expect(finds('Gazakh', 'Qazax', { azerbaijani: true })).toBe(true);
    expect(finds('Jeyhun Bayramov', 'Ceyhun Bayramov', { azerbaijani: true })).toBe(true);
    // An English word never gains an Azerbaijani reading: "ja" does not find "Conference".
    expect(spellingsOf('Conference')).toEqual(['conference']);
    expect(finds('jonf', 'Conference')).toBe(false);
    expect(finds('jeyhun', 'Ceyhun')).toBe(false);
  });

  it('keeps every match the single folding had', () => {
    for (const [query, text] of [
      ['baki', 'Bakı'],
      ['ilham', 'İLHAM'],
      ['susa', 'Şuşa'],
      ['gence', 'Gəncə'],
      ['goycay', 'Göyçay'],
      ['uzeyir', 'Üzeyir'],
      ['емкость', 'ёмкость'],
      ['Şuşa', 'Shusha'],
    ]) {
      expect(finds(query ?? '', text ?? ''), `${query} → ${text}`).toBe(true);
    }
  });

  it('indexes a text without Azerbaijani letters exactly as its folding', () => {
    expect(indexText('Meeting with the ITU in Geneva')).toBe(foldForSearch('Meeting with the ITU in Geneva'));
    expect(indexText('Встреча в Москве')).toBe('встреча в москве');
  });
});

describe('Arabic spellings', () => {
  it('folds the alef forms, ta marbuta and alef maksura together', () => {
    expect(foldForIndex('أحمد')).toBe(foldForIndex('احمد'));
    expect(foldForIndex('إبراهيم')).toBe(foldForIndex('ابراهيم'));
    expect(foldForIndex('آل')).toBe(foldForIndex('ال'));
    expect(foldForIndex('وزارة')).toBe(foldForIndex('وزاره'));
    expect(foldForIndex('مستشفى')).toBe(foldForIndex('مستشفي'));
  });

  it('drops short vowels and tatweel', () => {
    expect(foldForIndex('مُحَمَّد')).toBe('محمد');
    expect(foldForIndex('الـوزير')).toBe('الوزير');
    expect(finds('الامارات', 'دولة الإمارات العربية المتحدة')).toBe(true);
    expect(finds('مُحَمَّد', 'محمد بن راشد')).toBe(true);
  });
});

describe('searchTermSpellings', () => {
  it('splits a query into words, each with its spellings, without punctuation or repeats', () => {
    expect(searchTermSpellings('  "İlham" Əliyev, ilham — Bakı ')).toEqual([['ilham'], ['eliyev', 'aliyev'], ['baki']]);
    expect(searchTermSpellings('— …')).toEqual([]);
    expect(searchTermSpellings('cafe\u0301')).toEqual([['cafe']]);
  });
});

describe('matchRanges', () => {
  it('marks the words as written, whichever spelling matched', () => {
    const text = 'On 21 November Prime Minister Əli Əsədov met the delegation in Bakı.';
    const words = (query: string) => matchRanges(text, searchTermSpellings(query)).map(({ start, end }) => text.slice(start, end));
    expect(words('asadov baki')).toEqual(['Əsədov', 'Bakı']);
    expect(words('esed')).toEqual(['Əsədov']);
    expect(words('novemb')).toEqual(['November']);
    expect(words('geneva')).toEqual([]);
  });

  it('looks no further than a snippet shows, and passes over a text without the words', () => {
    const text = `Əli Əsədov met the delegation. ${'Other words here. '.repeat(40)}Əsədov again.`;
    expect(matchRanges(text, searchTermSpellings('asadov'))).toHaveLength(2);
    expect(matchRanges(text, searchTermSpellings('asadov'), { within: 180 }).map(({ start, end }) => text.slice(start, end))).toEqual(['Əsədov']);
    expect(matchRanges(text, searchTermSpellings('geneva'), { within: 180 })).toEqual([]);
  });

  it('finds in a long text the same words as looking at all of it, wherever the first match falls', () => {
    const across = `${'Lorem '.repeat(170)}Əsədov Əsədov the end`;
    expect(matchRanges(across, searchTermSpellings('asad'), { within: 180 }).map(({ start }) => start)).toEqual([1020, 1027]);
    // A word over the 1,024th character is looked at whole.
    const over = `${'Lorem '.repeat(169)}Bakı Əsədov the end`;
    expect(matchRanges(over, searchTermSpellings('baki esedov'), { within: 5 }).map(({ start }) => start)).toEqual([1014, 1019]);
    // Texts of up to 17,000 characters, the first match often near the end of the first look (1,024 characters) or
    // the next (4,096), in words that fold, transliterate and lower-case by context (Σ); the query's word anywhere, or nowhere.
    const words = ['Əsədov', 'Asadov', 'Şuşa', 'shusha', 'Bakı', 'İlham', 'ΟΔΟΣ', 'Москва', 'ёмкость', 'مُحَمَّد', 'the', 'xq', 'co-op', '2025'];
    const separators = [' ', '  ', '\n', '\n\n', ', ', '. ', '\t'];
    const filler = fc.oneof(fc.integer({ min: 140, max: 175 }), fc.integer({ min: 650, max: 690 }), fc.integer({ min: 0, max: 1400 }));
    const text = fc
      .tuple(filler, fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 1, maxLength: 600 }))
      .map(([filler, parts]) => `${'Lorem '.repeat(filler)}${parts.map(([word, separator]) => `${word}${separator}`).join('')}`);
    fc.assert(
      fc.property(text, fc.constantFrom('asad', 'esedov', 'shush', 'baki', 'ilham', 'οδος', 'москв', 'емкость', 'محمد', 'co', 'xq', '2025 the'), fc.boolean(), fc.integer({ min: 0, max: 400 }), (written, query, azerbaijani, within) => {
        const terms = searchTermSpellings(query);
        expect(matchRanges(written, terms, { azerbaijani, within })).toEqual(matchRangesInWhole(written, terms, { azerbaijani, within }));
      }),
      { numRuns: 400 },
    );
  });
});

describe('indexText, remembered line by line', () => {
  const letters = [...'abcşçğəıİIöüxqcеёйΣσ ءأمُحَمَّد 0123 ,.'.split(''), '\n', '\n\n', 'Əliyev', 'Şuşa', 'Bakı', 'Москва'];
  const text = fc.array(fc.constantFrom(...letters), { maxLength: 80 }).map((parts) => parts.join(''));

  it('gives exactly what indexing the whole text at once gives, on first sight and when remembered', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.boolean(), (lines, azerbaijani) => {
        const whole = lines.join('\n');
        const expected = indexTextUncached(whole, { azerbaijani });
        expect(indexText(whole, { azerbaijani })).toBe(expected);
        expect(indexText(whole, { azerbaijani })).toBe(expected);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('keeps Azerbaijani and other briefings apart: the same line has transliterations only in an Azerbaijani one', () => {
    const line = 'Quba xalq';
    expect(indexText(line)).toBe('quba xalq');
    expect(indexText(line, { azerbaijani: true })).toBe('quba xalq\nguba khalg');
    expect(indexText(line)).toBe('quba xalq');
  });
});
