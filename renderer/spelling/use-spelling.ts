import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { settledSelection } from '../editor/settled-selection';
import type { BaseRange, Editor, NodeEntry } from 'slate';
import { ApiContext } from '../api/api-context';
import { SpellingClient } from './spelling-client';
import { spellingDecorate, textBlocks, type MisspellingCache, type SpellingDecoration } from './spelling-ranges';
import { personalDictionaryChangedEvent } from './personal-dictionary';

/** Quiet time after a change before the edited blocks are checked again: typing never waits for spelling. */
const recheckDelay = 250;

const storageKey = 'briefing-desk.spelling-underline';

/** Performance measures of the first full check of a document (read by `npm run bench:editor`). */
export const firstCheckMeasure = 'briefing-desk:spelling-first-check';
export const firstCheckBlocksMeasure = 'briefing-desk:spelling-first-check-blocks';

/** Whether misspelt words are underlined in this window (on unless the person turned it off). */
export function readSpellingEnabled(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'off';
  } catch {
    return true;
  }
}

export function writeSpellingEnabled(enabled: boolean): void {
  try {
    window.localStorage.setItem(storageKey, enabled ? 'on' : 'off');
  } catch {
    // Storage refused (a locked-down profile): the choice lasts for this window only.
  }
}

export interface Spelling {
  enabled: boolean;
  cache: MisspellingCache;
  decorate: (entry: NodeEntry) => (BaseRange & SpellingDecoration)[];
  /** Call after every change to the document: the edited blocks are checked once typing pauses. */
  changed(): void;
  /** Checks whatever is not checked yet, now, and resolves when the underlines are up to date. */
  checkNow(): Promise<void>;
  suggest(word: string, language: string): Promise<string[]>;
  /** Adds a word to the personal dictionary in the library; its underlines go everywhere. */
  addWord(word: string): Promise<void>;
  /** Accepts a word in this window until it closes. */
  ignore(word: string): void;
}

/**
 * Spelling for one editor: a worker checks the blocks that changed (Slate
 * keeps unchanged blocks as the same objects, so a keystroke re-checks one
 * block), and the results become decorations — the document itself never
 * changes. The personal dictionary and the directory's names come from the
 * library through the spelling service.
 */
export function useSpelling(editor: Editor, language: string, enabled: boolean): Spelling {
  const api = useContext(ApiContext);
  const [cache, setCache] = useState<MisspellingCache>(() => new WeakMap());
  const [version, setVersion] = useState(0);
  const client = useRef<SpellingClient | undefined>(undefined);
  const accepted = useRef<string[]>([]);
  const ignored = useRef<string[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | undefined>(undefined);
  /** When the worker was started, until the first full check is done: the benchmark reads it as a performance measure. */
  const startedAt = useRef<number | undefined>(undefined);
  const cacheRef = useRef(cache);

  const checkNow = useCallback(async (): Promise<void> => {
    while (running.current) await running.current;
    const worker = client.current;
    if (!worker) return;
    const current = cacheRef.current;
    const pending = textBlocks(editor).filter(([block]) => !current.has(block));
    if (pending.length === 0) return;
    const blocks = pending.map(([block], key) => ({ key, block }));
    const sentAt = performance.now();
    const run = worker.check(language, blocks).then(
      (results) => {
        let underlined = false;
        for (const { key, block } of blocks) {
          const found = results.get(key) ?? [];
          current.set(block, found);
          if (found.length > 0) underlined = true;
        }
        // A block not yet checked shows no underlines, so results without a misspelling change nothing on screen:
        // only new underlines make Slate decorate the whole document again.
        if (underlined) {
          // New underlines re-render the text, and Slate then puts back the selection it last read: read a caret the
          // person just moved with End or an arrow first, or their next keystroke would land where the caret was.
          settledSelection(editor);
          setVersion((value) => value + 1);
        }
        if (startedAt.current !== undefined) {
          // The first full check: from the worker's start (dictionary loading included), and the check itself.
          performance.measure(firstCheckMeasure, { start: startedAt.current });
          performance.measure(firstCheckBlocksMeasure, { start: sentAt });
          startedAt.current = undefined;
        }
      },
      () => {
        // The worker failed or was closed: the text is left without underlines, as with spelling off.
      },
    );
    running.current = run;
    try {
      await run;
    } finally {
      running.current = undefined;
    }
  }, [editor, language]);

  const changed = useCallback(() => {
    if (!client.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void checkNow(), recheckDelay);
  }, [checkNow]);

  const sendAccepted = useCallback(() => client.current?.accept([...accepted.current, ...ignored.current]), []);

  /** The accepted words changed: every block is checked again with them. */
  const recheckAll = useCallback(() => {
    sendAccepted();
    const fresh: MisspellingCache = new WeakMap();
    cacheRef.current = fresh;
    setCache(fresh);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void checkNow(), 0);
  }, [checkNow, sendAccepted]);

  useEffect(() => {
    // No workers (a DOM without them, as in unit tests): no underlines, nothing else changes.
    if (!enabled || typeof Worker === 'undefined') return;
    const worker = new SpellingClient();
    client.current = worker;
    startedAt.current = performance.now();
    let cancelled = false;
    const load = api ? api.spelling.acceptedWords() : Promise.resolve({ personal: [], directory: [] });
    void load
      .then(
        (words) => {
          accepted.current = [...words.personal, ...words.directory];
        },
        () => undefined,
      )
      .then(() => {
        if (!cancelled) recheckAll();
      });
    return () => {
      cancelled = true;
      window.clearTimeout(timer.current);
      worker.dispose();
      client.current = undefined;
      const fresh: MisspellingCache = new WeakMap();
      cacheRef.current = fresh;
      setCache(fresh);
    };
    // The worker lives as long as spelling is on; a change of language re-checks below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, api]);

  useEffect(() => {
    // Settings changed the personal dictionary: the words are read again and the text checked with them.
    const reread = () => {
      if (!api || !client.current) return;
      api.spelling.acceptedWords().then((words) => {
        accepted.current = [...words.personal, ...words.directory];
        recheckAll();
      }, () => undefined);
    };
    window.addEventListener(personalDictionaryChangedEvent, reread);
    return () => window.removeEventListener(personalDictionaryChangedEvent, reread);
  }, [api, recheckAll]);

  useEffect(() => {
    // A new briefing language: everything is checked again in it.
    if (client.current) recheckAll();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  const decorate = useMemo(
    () => (enabled ? spellingDecorate(cache) : () => []),
    // `version` changes when results arrive: a new function makes Slate decorate again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cache, version, enabled],
  );

  const suggest = useCallback(async (word: string, wordLanguage: string) => (client.current ? client.current.suggest(word, wordLanguage) : []), []);

  const addWord = useCallback(
    async (word: string) => {
      if (api) await api.spelling.addWord(word);
      accepted.current = [...accepted.current, word];
      recheckAll();
    },
    [api, recheckAll],
  );

  const ignore = useCallback(
    (word: string) => {
      ignored.current = [...ignored.current, word];
      recheckAll();
    },
    [recheckAll],
  );

  return useMemo(() => ({ enabled, cache, decorate, changed, checkNow, suggest, addWord, ignore }), [enabled, cache, decorate, changed, checkNow, suggest, addWord, ignore]);
}
