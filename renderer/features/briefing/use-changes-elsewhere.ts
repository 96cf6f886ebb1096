import { useAppEvent } from '../../ui/use-app-event';
import type { AutosaveSession } from './use-autosave-session';

export interface ChangesElsewhereOptions {
  briefingId: string;
  session: AutosaveSession;
  /** True while this window itself moves the briefing to the Trash. */
  isTrashingHere: () => boolean;
  /** Shows the library's latest revision of this briefing. */
  onShowLatest: () => void;
  /** Another window moved this briefing to the Trash (or deleted it). */
  onRemovedElsewhere: () => void;
}

/**
 * Another window changed this briefing. With nothing waiting to be saved here, show its version; with edits
 * pending, this window's next save meets the revision check and the conflict banner lets the person choose.
 */
export function useChangesElsewhere({ briefingId, session, isTrashingHere, onShowLatest, onRemovedElsewhere }: ChangesElsewhereOptions): void {
  useAppEvent('briefing-changed', ({ briefingId: changedId, revision }) => {
    const { controller, end } = session;
    if (changedId !== briefingId || controller.hasUnsavedChanges || isTrashingHere()) return;
    if (revision === null) {
      end();
      onRemovedElsewhere();
    } else if (revision > controller.revision) {
      onShowLatest();
    }
  });
}
