import type { TextBlockElement } from '../../shared/document/briefing-body';
import type { BlockMisspelling } from '../../shared/spelling/block-spelling';

/** What the window asks the spelling worker. */
export type SpellingWorkerRequest =
  /** Words never to flag: the personal dictionary, directory names and the words ignored in this window. */
  | { type: 'accept'; words: string[] }
  /** Loads the dictionary of a language now, before any text arrives in it. */
  | { type: 'prepare'; language: string }
  /** Misspelt words of some blocks; `key` comes back with each block's result. */
  | { type: 'check'; id: number; language: string; blocks: { key: number; block: TextBlockElement }[] }
  | { type: 'suggest'; id: number; word: string; language: string };

/** What the spelling worker answers. */
export type SpellingWorkerReply =
  | { type: 'checked'; id: number; results: { key: number; misspellings: BlockMisspelling[] }[] }
  | { type: 'suggestions'; id: number; suggestions: string[] }
  | { type: 'failed'; id: number; message: string };
