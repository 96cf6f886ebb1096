import type { Library } from '../storage/library';
import type { ChangeFeed } from './ports';

/** Tells the shell what a service changed, after it is committed. */
export interface ChangeNotifier {
  /**
   * Reports that `briefingId` is now at `revision` (null: it left the library) and returns `result`, so a handler
   * can end with it. `recentMayChange`: the change can alter File › Open Recent (a rename, the Trash, a restore).
   * Only then, and only for a briefing on that list, is the list read again, so an autosave does not rebuild the menu.
   */
  changed: <Result>(briefingId: string, revision: number | null, result: Result, recentMayChange?: boolean) => Result;
  /** `changed` for a briefing the handler returns. */
  changedTo: <Changed extends { id: string; revision: number }>(briefing: Changed) => Changed;
}

export function changeNotifier(library: Library, feed: ChangeFeed): ChangeNotifier {
  const changed = <Result>(briefingId: string, revision: number | null, result: Result, recentMayChange = false): Result => {
    feed.onBriefingChanged?.({ briefingId, revision });
    if (recentMayChange && feed.onRecentBriefingsChanged) {
      const recent = library.recentBriefings;
      if (recent.includes(briefingId)) feed.onRecentBriefingsChanged(recent.list());
    }
    return result;
  };
  return { changed, changedTo: (briefing) => changed(briefing.id, briefing.revision, briefing) };
}
