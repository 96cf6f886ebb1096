import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from 'slate';
import { ApiContext } from '../api/api-context';
import { blocksNearView } from '../editor/block-highlights';
import type { SpellingClient } from './spelling-client';
import { acceptedWords, rememberLanguages, rereadAcceptedWords, spellingClient } from './spelling-session';
import { documentLanguages, pictureTextBlocks, textBlocks, type MisspellingCache } from './spelling-ranges';
import { highlightsSupported, SpellingHighlights } from './spelling-highlights';
import { personalDictionaryChangedEvent } from './personal-dictionary';

/** Quiet time after a change before the edited blocks are checked again: typing never waits for spelling. */
const recheckDelay = 250;

const storageKey = 'briefing-desk.spelling-underline';

/**
 * Performance measures of the first check of a document, from the editor's mount (read by `npm run bench:editor`):
 * until the blocks on and near the screen are checked and underlined, and until the whole document is.
 */
export const firstVisibleCheckMeasure = 'briefing-desk:spelling-first-visible-check';
export const firstCheckMeasure = 'briefing-desk:spelling-first-check';

/** Blocks per message to the worker after the visible ones: the window takes each answer in a short task. */
const batchSize = 1000;
/** Checked first when the editor's place on the page is not known yet: about two screens of text. */
const leadingBlocks = 60;

/**
 * The blocks not checked yet, in the order they are sent: those on and near the screen first (what the person sees
 * is underlined first), then the rest of the document from the top, in batches.
 */
export function checkOrder<T>(blocks: readonly T[], checked: (block: T) => boolean, near: { from: number; to: number } | undefined): T[][] {
  const from = near?.from ?? 0;
  const to = near?.to ?? Math.min(blocks.length, leadingBlocks);
  const first = blocks.slice(from, to).filter((block) => !checked(block));
  const rest = [...blocks.slice(0, from), ...blocks.slice(to)].filter((block) => !checked(block));
  const batches: T[][] = first.length > 0 ? [first] : [];
  for (let index = 0; index < rest.length; index += batchSize) batches.push(rest.slice(index, index + batchSize));
  return batches;
}

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

const sameWords = (one: readonly string[], other: readonly string[]) => one.length === other.length && one.every((word, index) => word === other[index]);

/**
 * Spelling for one editor: the window's worker (see `spellingClient`) checks
 * the blocks that changed (Slate keeps unchanged blocks as the same objects,
 * so a keystroke re-checks one block), and the results are drawn as
 * highlights over the text (see `SpellingHighlights`) — neither the document
 * nor its rendering changes. A document is checked first where the person is
 * looking, then from the top. The personal dictionary and the directory's
 * names come from the library through the spelling service.
 */
export function useSpelling(editor: Editor, language: string, enabled: boolean): Spelling {
  const api = useContext(ApiContext);
  const [cache, setCache] = useState<MisspellingCache>(() => new WeakMap());
  const client = useRef<SpellingClient | undefined>(undefined);
  const accepted = useRef<string[]>([]);
  const ignored = useRef<string[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | undefined>(undefined);
  /** When the editor mounted, until its first whole check is done: the benchmark reads it as performance measures. */
  const mountedAt = useRef<number | undefined>(undefined);
  const cacheRef = useRef(cache);
  const highlights = useRef<SpellingHighlights | undefined>(undefined);

  const checkNow = useCallback(async (): Promise<void> => {
    while (running.current) await running.current;
    const worker = client.current;
    if (!worker) return;
    const current = cacheRef.current;
    const blocks = textBlocks(editor);
    const batches = checkOrder(blocks, ([block]) => current.has(block), blocksNearView(editor, blocks));
    // Captions and credits are a line each, and few: they go with the first batch.
    const pictureTexts = pictureTextBlocks(editor).filter(([block]) => !current.has(block));
    if (pictureTexts.length > 0) {
      if (batches[0]) batches[0].push(...pictureTexts);
      else batches.push(pictureTexts);
    }
    if (batches.length === 0) return;
    const run = (async () => {
      const sent = batches.map((batch) => batch.map(([block], key) => ({ key, block })));
      // Every batch goes now, in order: the worker checks them all while the window is still busy (laying out a
      // briefing just opened), and their answers are taken one after another once it is free. (Sent one at a time,
      // each waited for the window to take the answer before it.)
      const answers = sent.map((batch) => worker.check(language, batch).catch(() => undefined));
      for (const [index, batch] of sent.entries()) {
        const results = await answers[index];
        // The worker failed: the text is left without underlines, as with spelling off.
        if (!results) return;
        // Results for a cache that was replaced meanwhile (new accepted words, another language) are out of date: the
        // check that replaced it is on its way.
        if (current !== cacheRef.current) return;
        let underlined = false;
        for (const { key, block } of batch) {
          const found = results.get(key) ?? [];
          current.set(block, found);
          if (found.length > 0) underlined = true;
        }
        // A block not yet checked shows no underlines, so results without a misspelling change nothing on screen.
        if (underlined) highlights.current?.show(current);
        // `detail` says how many blocks the document has, so a reader can tell this document's check from another's.
        if (index === 0 && mountedAt.current !== undefined) performance.measure(firstVisibleCheckMeasure, { start: mountedAt.current, detail: { blocks: blocks.length, checked: batch.length } });
      }
      if (mountedAt.current !== undefined) {
        performance.measure(firstCheckMeasure, { start: mountedAt.current, detail: { blocks: blocks.length } });
        mountedAt.current = undefined;
        // Noted for the next window, which loads these dictionaries as it starts. Walking a long briefing for its
        // languages took 100 ms of the mount's task in a new window (code not yet optimised), so it waits until now.
        rememberLanguages(documentLanguages(editor, language));
      }
    })();
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

  /**
   * The accepted words changed: every block is checked again with them. `now` sends the check in this task rather
   * than the next: as a long briefing opens, the next task comes only after the window has laid it out.
   */
  const recheckAll = useCallback(
    (now = false) => {
      sendAccepted();
      const fresh: MisspellingCache = new WeakMap();
      cacheRef.current = fresh;
      setCache(fresh);
      highlights.current?.show(fresh);
      window.clearTimeout(timer.current);
      if (now) void checkNow();
      else timer.current = window.setTimeout(() => void checkNow(), 0);
    },
    [checkNow, sendAccepted],
  );

  useEffect(() => {
    // No workers (a DOM without them, as in unit tests): no underlines, nothing else changes.
    if (!enabled || typeof Worker === 'undefined') return;
    const worker = spellingClient();
    client.current = worker;
    // The briefing's dictionary is usually loaded already (the library's opening started it); the worker loads those of
    // the passages in other languages as the first check, sent in this task, meets them: the screen's blocks first.
    // Without the highlight API (a DOM like jsdom; Chromium and Electron have it) words are checked for the menu and
    // F7, not underlined.
    const drawn = highlightsSupported() ? new SpellingHighlights(editor) : undefined;
    highlights.current = drawn;
    mountedAt.current = performance.now();
    let cancelled = false;
    // The words as read when the library opened check the document at once; they are read again meanwhile (the
    // directory may have gained a name), and a difference checks it again.
    const known = api ? acceptedWords(api) : Promise.resolve([]);
    void known.then((words) => {
      if (cancelled) return;
      accepted.current = words;
      recheckAll(true);
      if (!api) return;
      void rereadAcceptedWords(api).then((latest) => {
        if (cancelled || sameWords(latest, accepted.current)) return;
        accepted.current = latest;
        recheckAll();
      });
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer.current);
      // The worker stays for the next editor of the window; a check still under way answers into a cache nobody reads.
      client.current = undefined;
      drawn?.dispose();
      highlights.current = undefined;
      const fresh: MisspellingCache = new WeakMap();
      cacheRef.current = fresh;
      setCache(fresh);
    };
    // The worker serves as long as spelling is on; a change of language re-checks below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, api]);

  useEffect(() => {
    // Settings changed the personal dictionary: the words are read again and the text checked with them.
    const reread = () => {
      if (!api || !client.current) return;
      void rereadAcceptedWords(api).then((words) => {
        accepted.current = words;
        recheckAll();
      });
    };
    window.addEventListener(personalDictionaryChangedEvent, reread);
    return () => window.removeEventListener(personalDictionaryChangedEvent, reread);
  }, [api, recheckAll]);

  const checkedLanguage = useRef(language);
  useEffect(() => {
    // A new briefing language: everything is checked again in it. (Not on mount: the worker's start checks it all.)
    if (checkedLanguage.current === language) return;
    checkedLanguage.current = language;
    if (client.current) recheckAll();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  const suggest = useCallback(async (word: string, wordLanguage: string) => (client.current ? client.current.suggest(word, wordLanguage) : []), []);

  const addWord = useCallback(
    async (word: string) => {
      if (api) {
        await api.spelling.addWord(word);
        // The next editor of the window starts from the list with the word in it.
        void rereadAcceptedWords(api);
      }
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

  return useMemo(() => ({ enabled, cache, changed, checkNow, suggest, addWord, ignore }), [enabled, cache, changed, checkNow, suggest, addWord, ignore]);
}
