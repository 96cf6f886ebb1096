/// <reference lib="webworker" />
// The spelling worker: Hunspell (WebAssembly) over the dictionaries bundled
// with the app, off the window's main thread so typing never waits for it.
// The dictionaries are files of the app itself (app://), never downloaded.
import azAff from '../../dictionaries/az/az.aff?url';
import azDic from '../../dictionaries/az/az.dic?url';
import enAff from '../../node_modules/dictionary-en/index.aff?url';
import enDic from '../../node_modules/dictionary-en/index.dic?url';
import ruAff from '../../node_modules/dictionary-ru/index.aff?url';
import ruDic from '../../node_modules/dictionary-ru/index.dic?url';
import trAff from '../../node_modules/dictionary-tr/index.aff?url';
import trDic from '../../node_modules/dictionary-tr/index.dic?url';
import { blockLanguages, blockMisspellings } from '../../shared/spelling/block-spelling';
import { Speller, type DictionarySource } from '../../shared/spelling/speller';
import type { SpellingLanguage } from '../../shared/spelling/spelling-languages';
import type { SpellingWorkerReply, SpellingWorkerRequest } from './spelling-protocol';

declare const self: DedicatedWorkerGlobalScope;

const files: Record<SpellingLanguage, [string, string]> = { az: [azAff, azDic], en: [enAff, enDic], ru: [ruAff, ruDic], tr: [trAff, trDic] };

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled dictionary ${url} could not be read.`);
  return new Uint8Array(await response.arrayBuffer());
}

const source: DictionarySource = async (language) => {
  const [aff, dic] = await Promise.all(files[language].map(bytes));
  return { aff: aff ?? new Uint8Array(), dic: dic ?? new Uint8Array() };
};

const speller = Speller.create(source);

function reply(message: SpellingWorkerReply): void {
  self.postMessage(message);
}

async function handle(request: SpellingWorkerRequest): Promise<void> {
  const ready = await speller;
  switch (request.type) {
    case 'accept':
      ready.setAcceptedWords(request.words);
      return;
    case 'prepare':
      await ready.prepare(request.language);
      return;
    case 'check': {
      const languages = new Set(request.blocks.flatMap(({ block }) => blockLanguages(block, request.language)));
      for (const language of languages) await ready.prepare(language);
      reply({
        type: 'checked',
        id: request.id,
        results: request.blocks.map(({ key, block }) => ({ key, misspellings: blockMisspellings(ready, block, request.language) })),
      });
      return;
    }
    case 'suggest':
      await ready.prepare(request.language);
      reply({ type: 'suggestions', id: request.id, suggestions: ready.suggest(request.word, request.language) });
      return;
  }
}

// Requests are handled one at a time, in order: an "accept" always applies to the checks sent after it.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<SpellingWorkerRequest>) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      if (request.type !== 'accept' && request.type !== 'prepare') reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }),
  );
};
