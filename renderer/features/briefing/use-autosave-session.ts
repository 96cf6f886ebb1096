import { useCallback, useEffect, useMemo } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import type { Services } from '../../../shared/ipc/contract';
import type { AutosaveController, SaveStatus } from './autosave';
import { useAutosave } from './use-autosave';

/** Lets the workspace flush the open briefing before it opens another one or closes the window. */
export type RegisterFlush = (flush: (() => Promise<boolean>) | undefined) => void;

export interface AutosaveSession {
  controller: AutosaveController;
  status: SaveStatus;
  /** Saves what is pending now; true once everything on screen is in the library. */
  flush: () => Promise<boolean>;
  /**
   * This view stops saving and the workspace stops asking it to: the briefing left the library, or its text now
   * lives elsewhere (a copy). The one place that ends a session early; unmounting ends it too.
   */
  end: () => void;
}

/**
 * The autosave session of one open briefing: the controller, its status, the workspace's flush hook, and
 * Ctrl+S. Mount once per briefing (the view is keyed by id and revision).
 */
export function useAutosaveSession(api: Services, briefing: Briefing, registerFlush: RegisterFlush): AutosaveSession {
  const { controller, status } = useAutosave(api, briefing);
  const flush = useCallback(() => controller.flush(), [controller]);

  useEffect(() => {
    registerFlush(flush);
    return () => registerFlush(undefined);
  }, [flush, registerFlush]);

  const end = useCallback(() => {
    controller.dispose();
    registerFlush(undefined);
  }, [controller, registerFlush]);

  useEffect(() => {
    // Word users press Ctrl+S out of habit: save at once instead of the browser's "Save page".
    const saveNow = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    window.addEventListener('keydown', saveNow);
    return () => window.removeEventListener('keydown', saveNow);
  }, [flush]);

  return useMemo(() => ({ controller, status, flush, end }), [controller, status, flush, end]);
}
