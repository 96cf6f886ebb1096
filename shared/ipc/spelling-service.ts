import { z } from 'zod';
import type { SpellingLanguage } from '../spelling/spelling-languages';
import type { ServiceArgumentSchemas } from './service-contract';

/** A word for the personal dictionary: one word as typed, no spaces. */
export const personalWordSchema = z
  .string()
  .trim()
  .min(1, 'Type the word to add.')
  .max(100, 'A word for the dictionary can be at most 100 characters long.')
  .regex(/^[^\s\p{C}]+$/u, 'Only a single word can be added to the dictionary, without spaces.');

/** The words spelling accepts besides the bundled dictionaries. */
export interface AcceptedWords {
  /** The personal dictionary, in the order the words were added. */
  personal: string[];
  /** Every word of the names in the protocol directory. */
  directory: string[];
}

/** Spelling's part of the library: the personal dictionary, and the directory's names as words never to flag. */
export interface SpellingService {
  acceptedWords(): Promise<AcceptedWords>;
  /** Adds a word to the personal dictionary (again is a no-op). */
  addWord(word: string): Promise<void>;
  /** Takes a word out of the personal dictionary; false when it was not there. */
  removeWord(word: string): Promise<boolean>;
  /**
   * The bundled dictionaries the library's latest-edited briefings need (their languages and their passages'), most
   * used first: the window loads them as it starts, before a briefing is opened.
   */
  libraryLanguages(): Promise<SpellingLanguage[]>;
}

export const spellingServiceArguments = {
  acceptedWords: z.tuple([]),
  addWord: z.tuple([personalWordSchema]),
  removeWord: z.tuple([personalWordSchema]),
  libraryLanguages: z.tuple([]),
} satisfies ServiceArgumentSchemas<SpellingService>;
