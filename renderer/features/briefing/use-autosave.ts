import { useEffect, useMemo, useState } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import type { Services } from '../../../shared/ipc/contract';
import { ApiError, errorMessage } from '../../api/api-client';
import { AutosaveController, type SaveStatus } from './autosave';

/**
 * One autosave controller per open briefing, saving through the briefing
 * service. Unmounting (switching briefings, closing) flushes what is pending.
 */
export function useAutosave(api: Services, briefing: Briefing) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });

  const controller = useMemo(
    () =>
      new AutosaveController({
        baseRevision: briefing.revision,
        save: (changes, baseRevision) => api.briefings.save({ id: briefing.id, baseRevision, ...changes }),
        classifyFailure: (error) => {
          if (!(error instanceof ApiError)) return 'retry';
          switch (error.code) {
            case 'conflict':
              return 'conflict';
            case 'storage':
            case 'internal':
              return 'retry';
            case 'invalid-argument':
            case 'not-found':
            case 'forbidden':
            case 'unknown-method':
              return 'refused';
          }
        },
        describeError: errorMessage,
        onStatus: setStatus,
      }),
    // One controller per briefing: from then on it tracks the revision itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, briefing.id],
  );

  useEffect(() => {
    // The autosave bounds from Settings; until they arrive (or if they cannot be read) the defaults hold.
    let current = true;
    api.settings.get().then(
      (settings) => {
        if (current) controller.setTiming(settings.autosave);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, controller]);

  useEffect(() => {
    // The page is going away (reload, window closed): start the save at once.
    const flushOnHide = () => void controller.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flushOnHide();
    };
    window.addEventListener('pagehide', flushOnHide);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flushOnHide);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      // Not disposed: under StrictMode the same controller is mounted again, and a flushed one has nothing left to do.
      void controller.flush();
    };
  }, [controller]);

  return { controller, status };
}
