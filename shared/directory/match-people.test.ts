import { describe, expect, it } from 'vitest';
import { demoPeople } from './demo-directory';
import type { Person } from './directory-model';
import { isSpellingOf, matchPeople } from './match-people';

const people: Person[] = demoPeople.map((person) => ({ ...person, revision: 1, updatedAt: '2025-01-01T00:00:00.000Z' }));
const names = (typed: string, language = 'en') => matchPeople(people, typed, language).map((match) => match.matched);

describe('matching people as the person types', () => {
  it('finds a person from any spelling, folded as search folds', () => {
    expect(names('asad')).toEqual(['Ali Asadov']);
    expect(names('əsəd', 'az')).toEqual(['Əli Əsədov']);
    expect(names('esed', 'az')).toEqual(['Əli Əsədov']);
    expect(names('АСАД', 'ru')).toEqual(['Али Асадов']);
    expect(names('ali asa')).toEqual(['Ali Asadov']);
    expect(names('bogdan')).toEqual(['Doreen Bogdan-Martin']);
    expect(names('boqdan', 'az')).toEqual(['Dorin Boqdan-Martin']);
    expect(names('أسدوف', 'ar')).toEqual(['علي أسدوف']);
  });

  it('shows the spelling in the briefing language first when another language matched too', () => {
    // "ali" is the English and Turkish spelling; a Russian briefing still sees which name matched.
    expect(matchPeople(people, 'ali', 'tr')[0]?.matchedLanguage).toBe('tr');
  });

  it('needs every typed word to start a word of one name', () => {
    expect(names('sadov')).toEqual([]);
    expect(names('ali martin')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });

  it('tells whether a text is one of the person’s spellings', () => {
    const [asadov] = people as [Person];
    expect(isSpellingOf(asadov, 'ƏLİ ƏSƏDOV')).toBe(true);
    expect(isSpellingOf(asadov, 'Али  Асадов')).toBe(true);
    expect(isSpellingOf(asadov, 'Ali')).toBe(false);
  });
});
