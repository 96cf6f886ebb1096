import type { Services } from '../../shared/ipc/contract';
import { spellingLanguageOf, type SpellingLanguage } from '../../shared/spelling/spelling-languages';
import { SpellingClient } from './spelling-client';

/**
 * The window's one spelling worker, and the words the library accepts, both
 * started when the library opens rather than when a briefing does: the worker
 * starts and compiles Hunspell, and loads the dictionary of the system's
 * language, while the person is still choosing a briefing. Opening a long
 * briefing keeps the window's main thread busy laying it out, and a worker
 * started then began only half a second later; the first check of the
 * briefing now finds the checker ready. One worker serves every editor of
 * the window in turn, so the words it has checked stay checked.
 */
let client: SpellingClient | undefined;

export function spellingClient(): SpellingClient {
  client ??= new SpellingClient();
  return client;
}

/** The personal dictionary and the directory's names, as one list; read once, again after a change. */
let accepted: { api: Services; words: Promise<string[]> } | undefined;

function readAccepted(api: Services): Promise<string[]> {
  return api.spelling.acceptedWords().then(
    (words) => [...words.personal, ...words.directory],
    () => [],
  );
}

/** The accepted words as last read (reading them now if they never were). */
export function acceptedWords(api: Services): Promise<string[]> {
  if (accepted?.api !== api) accepted = { api, words: readAccepted(api) };
  return accepted.words;
}

/** Reads the accepted words again (the personal dictionary or the directory may have changed) and keeps them. */
export function rereadAcceptedWords(api: Services): Promise<string[]> {
  accepted = { api, words: readAccepted(api) };
  return accepted.words;
}

const languagesKey = 'briefing-desk.spelling-languages';
/** Dictionaries loaded when the window starts: Turkish's alone takes two seconds, so no more than three. */
const rememberedLimit = 3;

/** The dictionaries the briefings opened last needed, most recent first (kept in the window's local storage). */
export function rememberedLanguages(): SpellingLanguage[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(languagesKey) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((tag) => {
      const language = typeof tag === 'string' ? spellingLanguageOf(tag) : undefined;
      return language ? [language] : [];
    });
  } catch {
    return [];
  }
}

/** Notes the languages of a briefing just opened, so the next window loads their dictionaries as it starts. */
export function rememberLanguages(tags: readonly string[]): void {
  const used = tags.flatMap((tag) => spellingLanguageOf(tag) ?? []);
  const languages = [...new Set([...used, ...rememberedLanguages()])].slice(0, rememberedLimit);
  try {
    window.localStorage.setItem(languagesKey, JSON.stringify(languages));
  } catch {
    // Storage refused (a locked-down profile): the next window loads each dictionary when it first needs it.
  }
}

/**
 * Starts the worker and reads the accepted words before any briefing is open (see `spellingClient`), and loads the
 * dictionaries of the interface's language and of the briefings opened last: an office that writes in Azerbaijani,
 * Russian and English finds all three ready. A window that remembers fewer (the first one ever, or after the storage
 * was cleared) adds the languages the library's latest briefings and their passages are written in, most used first,
 * up to three dictionaries in all: they load while the person is still choosing a briefing.
 */
export function warmUpSpelling(api: Services | undefined, interfaceLanguage: string): void {
  if (typeof Worker === 'undefined') return;
  const worker = spellingClient();
  const languages = new Set<string>([...rememberedLanguages(), ...[spellingLanguageOf(interfaceLanguage) ?? []].flat()]);
  for (const language of languages) worker.prepare(language);
  if (!api) return;
  void acceptedWords(api);
  if (languages.size >= rememberedLimit) return;
  api.spelling.libraryLanguages().then(
    (used) => {
      for (const language of used) {
        if (languages.size >= rememberedLimit) break;
        if (languages.has(language)) continue;
        languages.add(language);
        worker.prepare(language);
      }
    },
    // Unread, the library's languages load when a briefing first needs them.
    () => undefined,
  );
}
