import type { LibraryService } from '../../shared/ipc/library-service';
import type { Library } from '../storage/library';
import type { BackupRetention } from '../storage/backup-retention';
import { ImageStore } from '../storage/image-store';

/** A picture added this long ago and still in no body is not coming back: it was removed, or its paste was undone. */
export const UNUSED_IMAGE_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * The library's upkeep once it is found sound at start, at most once a day:
 * the day's automatic backup first (so it still holds everything), then the
 * pictures no body, revision or Trash entry refers to are removed (see
 * `ImageStore.removeUnused`). Nothing happens when today's backup was made already.
 */
export async function runLibraryMaintenance(library: Library, retention?: BackupRetention, now: Date = new Date()): Promise<{ imagesRemoved: number }> {
  const made = await library.backups.runAutomatic(retention);
  if (!made) return { imagesRemoved: 0 };
  const imagesRemoved = new ImageStore(library.database).removeUnused(new Date(now.getTime() - UNUSED_IMAGE_GRACE_MS));
  return { imagesRemoved };
}

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
