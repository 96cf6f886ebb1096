import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../shared/ipc/contract';
import { acceptedWords, rememberedLanguages, rememberLanguages, rereadAcceptedWords } from './spelling-session';

afterEach(() => window.localStorage.clear());

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
});
