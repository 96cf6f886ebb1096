import { describe, expect, it } from 'vitest';
import { briefingBodySchema, formattedTextSchema, type TextBlockElement } from '../document/briefing-body';
import { blockText, languageRuns } from './block-spelling';
import { directoryNameWords } from './directory-words';
import { foldWord, spellingLanguageOf } from './spelling-languages';

const block: TextBlockElement = {
  type: 'paragraph',
  children: [
    { text: 'Nazir dedi: ' },
    { type: 'link', url: 'https://example.org', children: [{ text: 'We agree', lang: 'en', bold: true }] },
    { text: ' on ', lang: 'en' },
    { type: 'field-ref', fieldId: 'meetingDate', children: [{ text: '' }] },
    { text: ' və razılaşdıq.' },
  ],
};

describe('the language of each piece of a block', () => {
  it('cuts a block where a marked passage starts and ends, a field reference reading as one character', () => {
    const content = blockText(block);
    expect(content.text).toBe('Nazir dedi: We agree on \uFFFC və razılaşdıq.');
    expect(languageRuns(content, 'az').map(({ start, end, language }) => [content.text.slice(start, end), language])).toEqual([
      ['Nazir dedi: ', 'az'],
      ['We agree on \uFFFC', 'en'],
      [' və razılaşdıq.', 'az'],
    ]);
  });

  it('keeps a passage language in the saved body, and refuses one that is not a language tag', () => {
    expect(formattedTextSchema.safeParse({ text: 'We agree', lang: 'en-GB' }).success).toBe(true);
    expect(formattedTextSchema.safeParse({ text: 'We agree', lang: 'English' }).success).toBe(false);
    const body = [{ type: 'section', sectionId: 'lede', heading: 'Lede', guidance: '', required: true, locked: true, children: [block] }];
    expect(briefingBodySchema.parse(body)[0]?.children[0]).toEqual(block);
  });
});

describe('languages and words', () => {
  it('picks the bundled dictionary for a tag, and folds capitals by the text’s own rules', () => {
    expect(spellingLanguageOf('az-Latn-AZ')).toBe('az');
    expect(spellingLanguageOf('az-Cyrl')).toBeUndefined();
    expect(spellingLanguageOf('ar')).toBeUndefined();
    expect(foldWord('İLHAM', 'az')).toBe('ilham');
    expect(foldWord('ILHAM', 'az')).toBe('ılham');
    expect(foldWord('ILHAM', 'en')).toBe('ilham');
    expect(foldWord('Don’t', 'en')).toBe("don't");
  });

  it('takes every word of the directory’s names and forms, in every language', () => {
    const words = directoryNameWords({
      people: [{ id: 'p', revision: 1, updatedAt: '', titles: [], names: { az: { name: 'Dorin Boqdan-Martin', forms: { genitive: 'Boqdan-Martinin' } }, ru: { name: 'Дорин Богдан-Мартин' } } }],
      organisations: [{ id: 'o', revision: 1, updatedAt: '', englishTakesThe: true, names: { en: { name: 'International Telecommunication Union', short: 'ITU' } } }],
    });
    expect(words).toEqual(expect.arrayContaining(['Dorin', 'Boqdan-Martin', 'Boqdan', 'Martin', 'Boqdan-Martinin', 'Богдан-Мартин', 'Telecommunication', 'ITU']));
  });
});
