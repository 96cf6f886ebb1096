import type { HistoryService } from '../../shared/ipc/history-service';
import type { Library } from '../storage/library';
import type { ChangeNotifier } from './change-feed';

/** A briefing's history: its versions, naming one, restoring one as a new version. */
export function createHistoryService(library: Library, changes: ChangeNotifier): HistoryService {
  return {
    list: async (briefingId) => library.revisions.list(briefingId),
    get: async (revisionId) => library.revisions.get(revisionId),
    saveVersion: async (request) => library.revisions.record(request.briefingId, { reason: 'manual', label: request.label }),
    restore: async (revisionId) => {
      const restored = library.briefings.restoreRevision(revisionId);
      return changes.changed(restored.briefing.id, restored.briefing.revision, restored, true);
    },
  };
}
