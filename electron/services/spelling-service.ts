import type { SpellingService } from '../../shared/ipc/spelling-service';
import { directoryNameWords } from '../../shared/spelling/directory-words';
import { recentBriefingLanguages } from '../storage/briefing-languages';
import { PersonalDictionaryStore } from '../storage/personal-dictionary-store';
import type { Library } from '../storage/library';
import { directoryStore } from './directory-service';

/** The personal dictionary over the library's open database (a restored backup brings its own). */
export function personalDictionary(library: Library): PersonalDictionaryStore {
  return new PersonalDictionaryStore(library.database);
}

/** Spelling's service: the personal dictionary, the protocol directory's names and the library's languages. The checking itself runs in the window's worker. */
export function createSpellingService(library: Library): SpellingService {
  return {
    acceptedWords: async () => ({ personal: personalDictionary(library).list(), directory: directoryNameWords(directoryStore(library).list()) }),
    addWord: async (word) => personalDictionary(library).add(word),
    removeWord: async (word) => personalDictionary(library).remove(word),
    libraryLanguages: async () => recentBriefingLanguages(library.database),
  };
}
