import { act, renderHook } from '@testing-library/react';
import { createEditor, type Descendant } from 'slate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberedLanguages } from './spelling-session';
import type { SpellingWorkerReply, SpellingWorkerRequest } from './spelling-protocol';
import { useSpelling } from './use-spelling';

/** A stand-in for the spelling worker (jsdom has none): it records what it is sent and answers when told to. */
class HeldWorker {
  static current: HeldWorker | undefined;
  readonly sent: SpellingWorkerRequest[] = [];
  onmessage: ((event: { data: SpellingWorkerReply }) => void) | null = null;
  onerror: unknown = null;
  constructor() {
    HeldWorker.current = this;
  }
  postMessage(message: SpellingWorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {}
  checks() {
    return this.sent.flatMap((message) => (message.type === 'check' ? [message] : []));
  }
  /** Answers a check: each block misspelt at its first word when `misspelt`. */
  answer(id: number, misspelt: boolean): void {
    const check = this.checks().find((message) => message.id === id);
    const results = (check?.blocks ?? []).map(({ key }) => ({ key, misspellings: misspelt ? [{ word: 'Teh', start: 0, end: 3, language: 'en' }] : [] }));
    this.onmessage?.({ data: { type: 'checked', id, results } });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('the first check of a document', () => {
  it('sends the whole document to the worker at once, before the first answer comes back', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const editor = createEditor();
    const paragraphs = Array.from({ length: 150 }, (_, index) => ({
      type: 'paragraph',
      children: index === 120 ? [{ text: 'Стороны договорились', lang: 'ru' }] : [{ text: `Teh paragraph ${index + 1}` }],
    }));
    editor.children = [{ type: 'section', sectionId: 'body', heading: 'Body', guidance: '', required: false, locked: false, children: paragraphs }] as unknown as Descendant[];
    const { result } = renderHook(() => useSpelling(editor, 'en', true));
    const worker = HeldWorker.current as HeldWorker;
    await vi.waitFor(() => expect(worker.checks().length).toBeGreaterThan(0));
    // While the window is busy (laying out a long briefing), the worker already has every block to check: the screen's
    // first (the place on the page unknown here: the first 60), then the rest.
    expect(worker.checks().map((check) => check.blocks.length)).toEqual([60, 90]);
    const [screen, rest] = worker.checks();
    const blocks = (editor.children[0] as unknown as { children: object[] }).children;
    await act(async () => {
      worker.answer((rest as { id: number }).id, true);
      worker.answer((screen as { id: number }).id, true);
    });
    // The answers are taken in order, whichever comes first.
    await vi.waitFor(() => expect(blocks.every((block) => result.current.cache.get(block as never)?.[0]?.word === 'Teh')).toBe(true));
    // Once checked, its languages are remembered: the next window loads their dictionaries as it starts.
    expect(rememberedLanguages()).toEqual(['en', 'ru']);
  });
});
