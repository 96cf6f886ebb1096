import type { TextBlockElement } from '../../shared/document/briefing-body';
import type { BlockMisspelling } from '../../shared/spelling/block-spelling';
import type { SpellingWorkerReply, SpellingWorkerRequest } from './spelling-protocol';

interface Pending {
  resolve(reply: SpellingWorkerReply): void;
  reject(error: Error): void;
}

/** The window's side of the spelling worker: requests with promises for their answers. */
export class SpellingClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./spelling-worker.ts', import.meta.url), { type: 'module', name: 'spelling' });
    this.worker.onmessage = (event: MessageEvent<SpellingWorkerReply>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      if (event.data.type === 'failed') waiting.reject(new Error(event.data.message));
      else waiting.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(event.message || 'The spelling checker stopped.'));
      this.pending.clear();
    };
  }

  private send(request: SpellingWorkerRequest): void {
    this.worker.postMessage(request);
  }

  private ask(request: SpellingWorkerRequest & { id: number }): Promise<SpellingWorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.send(request);
    });
  }

  accept(words: string[]): void {
    this.send({ type: 'accept', words });
  }

  /** Starts loading the dictionary of a language before there is text to check in it. */
  prepare(language: string): void {
    this.send({ type: 'prepare', language });
  }

  async check(language: string, blocks: { key: number; block: TextBlockElement }[]): Promise<Map<number, BlockMisspelling[]>> {
    const reply = await this.ask({ type: 'check', id: this.nextId++, language, blocks });
    return new Map(reply.type === 'checked' ? reply.results.map(({ key, misspellings }) => [key, misspellings]) : []);
  }

  async suggest(word: string, language: string): Promise<string[]> {
    const reply = await this.ask({ type: 'suggest', id: this.nextId++, word, language });
    return reply.type === 'suggestions' ? reply.suggestions : [];
  }

  dispose(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('The spelling checker was closed.'));
    this.pending.clear();
  }
}
