import type { LifecycleService } from '../../shared/ipc/lifecycle-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { Library } from '../storage/library';
import type { ChangeFeed, Windows } from './ports';

/** The calling window: closing it, what it shows, opening another, and the recent briefings that follow. */
export function createLifecycleService(library: Library, windows: Windows, feed: ChangeFeed): LifecycleService {
  return {
    closeWindow: async () => windows.closeWindow(),
    showingBriefing: async (briefingId) => {
      if (briefingId === null) {
        windows.showingBriefing?.(null);
        return library.recentBriefings.list();
      }
      // Only a briefing that is in the library (not in the Trash) becomes recent.
      library.briefings.assertPresent(briefingId);
      const recent = library.recentBriefings.remember(briefingId);
      windows.showingBriefing?.(briefingId);
      feed.onRecentBriefingsChanged?.(recent);
      return recent;
    },
    openInNewWindow: async (briefingId) => {
      if (!windows.openBriefingWindow) throw new ServiceError('invalid-argument', { id: 'errors.noWindows' });
      library.briefings.assertPresent(briefingId);
      windows.openBriefingWindow(briefingId);
    },
    recentBriefings: async () => library.recentBriefings.list(),
  };
}
