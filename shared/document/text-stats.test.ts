import { describe, expect, it } from 'vitest';
import type { SectionElement } from './briefing-body';
import { countWords, textStats } from './text-stats';

const section = (...lines: string[]): SectionElement => ({
  type: 'section',
  sectionId: 'body',
  heading: 'Heading is not counted',
  guidance: '',
  required: false,
  locked: false,
  children: lines.map((text) => ({ type: 'paragraph', children: [{ text }] })),
});

describe('countWords', () => {
  it('counts words between white space, as Word does', () => {
    expect(countWords('Doreen Bogdan-Martin met Ali Asadov')).toBe(5);
    expect(countWords('the 2025–2028 strategy — approved')).toBe(4);
    expect(countWords('   ')).toBe(0);
  });

  it('counts Azerbaijani and Cyrillic words', () => {
    expect(countWords('Əliyev Bakıda İlham ilə görüşdü')).toBe(5);
    expect(countWords('Встреча в Москве')).toBe(3);
  });
});

describe('textStats', () => {
  it('counts the written text of every block, without headings or line breaks', () => {
    expect(textStats([section('One two', 'three'), section('four')])).toEqual({ words: 4, characters: 16 });
  });
});
