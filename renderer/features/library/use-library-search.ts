import { useEffect, useState } from 'react';
import { useT } from '../../ui/interface-language';
import type { LibrarySearchQuery, LibrarySearchResult } from '../../../shared/ipc/briefing-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';

/** How long typing must pause before the library is searched. */
const typingPauseMs = 120;

/**
 * Runs the library query whenever it changes or the library does (`libraryChanges`, see `useLibraryChanges`), a
 * moment after typing pauses. An older answer that arrives late never replaces a newer one.
 */
export function useLibrarySearch(query: LibrarySearchQuery, libraryChanges: number): { result: LibrarySearchResult | undefined; error: string | undefined; reload: () => void } {
  const api = useApi();
  const t = useT();
  const [result, setResult] = useState<LibrarySearchResult | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [reloads, setReloads] = useState(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api.briefings.search(JSON.parse(key) as LibrarySearchQuery).then(
        (found) => {
          if (!current) return;
          setResult(found);
          setError(undefined);
        },
        (searchError: unknown) => {
          if (current) setError(t('library.searchFailed', { reason: errorMessage(searchError) }));
        },
      );
    }, typingPauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key, libraryChanges, reloads, t]);

  return { result, error, reload: () => setReloads((count) => count + 1) };
}
