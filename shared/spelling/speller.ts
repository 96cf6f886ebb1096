import { loadModule, type Hunspell, type HunspellFactory } from 'hunspell-asm';
import { foldWord, spellingLanguageOf, type SpellingLanguage } from './spelling-languages';
import { wordsToCheck, type TextWord } from './words';

/** A Hunspell dictionary: its affix and word files, as bytes (UTF-8). */
export interface DictionaryFiles {
  aff: Uint8Array;
  dic: Uint8Array;
}

/** Where a shell finds the bundled dictionary of a language: files in Node, the app's own assets in the window. */
export type DictionarySource = (language: SpellingLanguage) => Promise<DictionaryFiles>;

export const maxSuggestions = 5;

/** A piece of text to check, in the language it is written in (a BCP 47 tag). */
export interface SpellingRequest {
  text: string;
  language: string;
}

/** A misspelt word of a piece of text. */
export type Misspelling = TextWord;

/**
 * Hunspell (compiled to WebAssembly by `hunspell-asm`) over the bundled
 * dictionaries, plus the words the person accepted: the personal dictionary
 * and the names in the protocol directory. Runs wherever WebAssembly does:
 * the window's spelling worker and the command line. Each dictionary is
 * loaded the first time a text in its language is checked; results are
 * remembered per word, so a long document is checked once and an edit
 * re-checks only the words it touched.
 */
export class Speller {
  private readonly checkers = new Map<SpellingLanguage, Promise<Hunspell>>();
  private readonly loaded = new Map<SpellingLanguage, Hunspell>();
  private readonly verdicts = new Map<SpellingLanguage, Map<string, boolean>>();
  private accepted = new Set<string>();

  private constructor(
    private readonly factory: HunspellFactory,
    private readonly source: DictionarySource,
  ) {}

  static async create(source: DictionarySource): Promise<Speller> {
    return new Speller(await loadModule(), source);
  }

  /** Words never to flag, in any language: the personal dictionary and directory names. Replaces the previous list. */
  setAcceptedWords(words: Iterable<string>): void {
    const accepted = new Set<string>();
    for (const word of words) {
      // Folded by both rules, so "ILHAM" in an English text and "İLHAM" in an Azerbaijani one both find "İlham".
      accepted.add(foldWord(word, 'az'));
      accepted.add(foldWord(word, 'en'));
    }
    this.accepted = accepted;
  }

  /** Loads the dictionary of a language (once); false when none is bundled for it. */
  async prepare(tag: string): Promise<boolean> {
    const language = spellingLanguageOf(tag);
    if (!language) return false;
    let checker = this.checkers.get(language);
    if (!checker) {
      checker = this.source(language).then((files) => {
        const aff = this.factory.mountBuffer(files.aff, `${language}.aff`);
        const dic = this.factory.mountBuffer(files.dic, `${language}.dic`);
        const created = this.factory.create(aff, dic);
        this.loaded.set(language, created);
        return created;
      });
      this.checkers.set(language, checker);
    }
    await checker;
    return true;
  }

  /** Whether a word is spelt correctly in `tag`; true where no dictionary is loaded for it (nothing to say). */
  isCorrect(word: string, tag: string): boolean {
    const language = spellingLanguageOf(tag);
    const checker = language && this.loaded.get(language);
    if (!language || !checker) return true;
    if (this.accepted.has(foldWord(word, language))) return true;
    let verdicts = this.verdicts.get(language);
    if (!verdicts) {
      verdicts = new Map();
      this.verdicts.set(language, verdicts);
    }
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = checker.spell(word.replace(/[’ʼ]/gu, "'"));
      verdicts.set(word, verdict);
    }
    return verdict;
  }

  /** The misspelt words of a text, in order. Load the language first with `prepare`. */
  misspellings({ text, language }: SpellingRequest): Misspelling[] {
    return wordsToCheck(text).filter(({ word }) => !this.isCorrect(word, language));
  }

  /** Up to five corrections for a word, best first; none where no dictionary is loaded. */
  suggest(word: string, tag: string): string[] {
    const language = spellingLanguageOf(tag);
    const checker = language && this.loaded.get(language);
    if (!checker) return [];
    return [...new Set(checker.suggest(word.replace(/[’ʼ]/gu, "'")))].slice(0, maxSuggestions);
  }
}
