import type { LibraryService } from '../../shared/ipc/library-service';
import type { Library } from '../storage/library';

/** The library file itself: its state, recovery, backups and the integrity check. */
export function createLibraryService(library: Library): LibraryService {
  return {
    status: async () => library.status(),
    recover: async (action) => library.recover(action),
    backups: async () => library.backups.list(),
    backUp: async () => library.backups.create('manual'),
    restoreBackup: async (name) => library.restoreBackup(name),
    check: async () => library.check(),
  };
}
