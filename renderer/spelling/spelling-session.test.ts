import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../shared/ipc/contract';
import type { SpellingWorkerRequest } from './spelling-protocol';
import { acceptedWords, rememberedLanguages, rememberLanguages, rereadAcceptedWords, warmUpSpelling } from './spelling-session';

/** The messages the window's spelling worker was sent (a stand-in: jsdom has no workers). */
const sent: SpellingWorkerRequest[] = [];
class RecordingWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  postMessage(message: SpellingWorkerRequest): void {
    sent.push(message);
  }
  terminate(): void {}
}


afterEach(() => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('what spelling loads as the window starts', () => {
  it('remembers the dictionaries the last briefings needed, most recent first, at most three', () => {
    expect(rememberedLanguages()).toEqual([]);
    rememberLanguages(['en-GB', 'az', 'ar']);
    expect(rememberedLanguages()).toEqual(['en', 'az']);
    rememberLanguages(['ru-RU']);
    expect(rememberedLanguages()).toEqual(['ru', 'en', 'az']);
    rememberLanguages(['tr', 'az']);
    expect(rememberedLanguages()).toEqual(['tr', 'az', 'ru']);
  });

  it('reads nothing it does not understand from storage', () => {
    window.localStorage.setItem('briefing-desk.spelling-languages', '{"en":1}');
    expect(rememberedLanguages()).toEqual([]);
    window.localStorage.setItem('briefing-desk.spelling-languages', 'not json');
    expect(rememberedLanguages()).toEqual([]);
  });

  it('reads the accepted words once, and again after the personal dictionary changed', async () => {
    let personal = ['Mrazvek'];
    const read = vi.fn(async () => ({ personal: [...personal], directory: ['Əliyev'] }));
    const api = { spelling: { acceptedWords: read } } as unknown as Services;
    expect(await acceptedWords(api)).toEqual(['Mrazvek', 'Əliyev']);
    expect(await acceptedWords(api)).toEqual(['Mrazvek', 'Əliyev']);
    expect(read).toHaveBeenCalledTimes(1);
    personal = ['Mrazvek', 'Bogdan-Martin'];
    expect(await rereadAcceptedWords(api)).toEqual(['Mrazvek', 'Bogdan-Martin', 'Əliyev']);
    // The next editor starts from the new list.
    expect(await acceptedWords(api)).toEqual(['Mrazvek', 'Bogdan-Martin', 'Əliyev']);
  });

  it('loads the dictionaries the library is written in when the window remembers none (the first window ever)', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const libraryLanguages = vi.fn(async () => ['en', 'az', 'ru', 'tr']);
    const api = { spelling: { acceptedWords: async () => ({ personal: [], directory: [] }), libraryLanguages } } as unknown as Services;
    warmUpSpelling(api, 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The interface's language at once, then the library's most used, up to three dictionaries in all (Turkish alone takes two seconds).
    expect(sent.flatMap((message) => (message.type === 'prepare' ? [message.language] : []))).toEqual(['en', 'az', 'ru']);
  });

  it('asks the library nothing when the window remembers three languages already', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    rememberLanguages(['ru', 'tr', 'az']);
    const libraryLanguages = vi.fn(async () => ['en']);
    const api = { spelling: { acceptedWords: async () => ({ personal: [], directory: [] }), libraryLanguages } } as unknown as Services;
    warmUpSpelling(api, 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.flatMap((message) => (message.type === 'prepare' ? [message.language] : []))).toEqual(['ru', 'tr', 'az', 'en']);
    expect(libraryLanguages).not.toHaveBeenCalled();
  });
});
