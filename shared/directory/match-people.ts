import { foldForSearch } from '../search/search-folding';
import { indexWordPattern, searchTermSpellings, spellingsOf } from '../search/search-spellings';
import type { Person } from './directory-model';

export interface PersonMatch {
  person: Person;
  /** The spelling that matched what was typed, in whatever language it is recorded. */
  matched: string;
  matchedLanguage: string;
}

const words = (text: string) => foldForSearch(text.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every spelling of every word of a name, as search finds it ("Əsədov": esedov, asadov). */
const wordSpellings = (text: string) =>
  [...text.normalize('NFC').matchAll(indexWordPattern)].flatMap(([word]) => spellingsOf(word).flatMap((spelling) => spelling.match(/[\p{L}\p{N}]+/gu) ?? []));

/**
 * People any of whose recorded names matches what was typed, folded as
 * search folds: every typed word starts a word of one spelling, so "asad",
 * "əsəd" and "асад" all find Ali Asadov. People whose name in `language`
 * matched come first, then by name.
 */
export function matchPeople(people: readonly Person[], typed: string, language: string, limit = 8): PersonMatch[] {
  const terms = searchTermSpellings(typed);
  if (terms.length === 0) return [];
  const matches: (PersonMatch & { rank: number })[] = [];
  for (const person of people) {
    const entries = Object.entries(person.names).sort(([a], [b]) => Number(b === language) - Number(a === language));
    for (const [tag, name] of entries) {
      const nameWords = wordSpellings(name.name);
      if (terms.every((spellings) => spellings.some((term) => nameWords.some((word) => word.startsWith(term))))) {
        matches.push({ person, matched: name.name, matchedLanguage: tag, rank: tag === language ? 0 : 1 });
        break;
      }
    }
  }
  return matches
    .sort((a, b) => a.rank - b.rank || a.matched.localeCompare(b.matched))
    .slice(0, limit)
    .map(({ person, matched, matchedLanguage }) => ({ person, matched, matchedLanguage }));
}

/** Whether `text` is one of the person's recorded names, any language, folded. */
export function isSpellingOf(person: Pick<Person, 'names'>, text: string): boolean {
  const folded = words(text).join(' ');
  return folded !== '' && Object.values(person.names).some((name) => words(name.name).join(' ') === folded);
}

/**
 * Other spellings to search for when what was typed names directory people
 * (every typed word starts a word of one spelling): all their recorded names,
 * so "Asadov" also finds "Əli Əsədov" and "Али Асадов". At most five people,
 * so a common first name does not turn one search into dozens.
 */
export function personSpellings(people: readonly Person[], typed: string): string[] {
  const matched = matchPeople(people, typed, '', 5);
  return [...new Set(matched.flatMap(({ person }) => Object.values(person.names).map((name) => name.name)))];
}
