import { useState } from 'react';
import { useAppEvent } from '../../ui/use-app-event';

/**
 * How many changes to the library this window has heard of. The main process announces every change — a save, a
 * new briefing, a move through the workflow, the Trash, a restore — from this window or another one, once, with
 * `briefing-changed`; whatever shows the library reads it again when this number moves, and at no other time.
 */
export function useLibraryChanges(): number {
  const [changes, setChanges] = useState(0);
  useAppEvent('briefing-changed', () => setChanges((count) => count + 1));
  return changes;
}
