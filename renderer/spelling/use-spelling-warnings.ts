import { useContext, useEffect, useState } from 'react';
import type { BriefingBody, TextBlockElement } from '../../shared/document/briefing-body';
import { isBlock } from '../../shared/document/briefing-normalization';
import { textBlockEntries } from '../../shared/document/table-normalization';
import { ApiContext } from '../api/api-context';
import { SpellingClient } from './spelling-client';
import { readSpellingEnabled } from './use-spelling';

/** A misspelt word for the pre-export check: the word and the heading of its section. */
export interface SpellingWarning {
  word: string;
  section: string;
}

/**
 * The misspelt words of a whole body, for the check before export: checked
 * once in a worker of its own, with the personal dictionary and the
 * directory's names. Undefined while checking, or when spelling is off.
 */
export function useSpellingWarnings(body: BriefingBody, language: string): SpellingWarning[] | undefined {
  const api = useContext(ApiContext);
  const [warnings, setWarnings] = useState<SpellingWarning[] | undefined>(undefined);
  useEffect(() => {
    if (typeof Worker === 'undefined' || !readSpellingEnabled()) return;
    let cancelled = false;
    const client = new SpellingClient();
    const blocks: { key: number; block: TextBlockElement; section: string }[] = [];
    for (const section of body) {
      for (const block of section.children) {
        for (const [text] of isBlock(block) || block.type === 'table' ? textBlockEntries(block, []) : []) blocks.push({ key: blocks.length, block: text, section: section.heading });
      }
    }
    void (async () => {
      try {
        const accepted = api ? await api.spelling.acceptedWords() : { personal: [], directory: [] };
        client.accept([...accepted.personal, ...accepted.directory]);
        const results = await client.check(
          language,
          blocks.map(({ key, block }) => ({ key, block })),
        );
        if (cancelled) return;
        setWarnings(blocks.flatMap(({ key, section }) => (results.get(key) ?? []).map(({ word }) => ({ word, section }))));
      } catch {
        // Spelling could not run: the export goes on without spelling warnings.
      } finally {
        client.dispose();
      }
    })();
    return () => {
      cancelled = true;
      client.dispose();
    };
  }, [api, body, language]);
  return warnings;
}
