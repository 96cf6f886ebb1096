import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { fileTimeStamp } from './library-backups';
import { toStorageError } from './storage-error';

const companions = ['-wal', '-shm'] as const;

/** `library.sqlite` → `library.<why>-<time>.sqlite` beside it. */
function asideName(file: string, why: 'damaged' | 'replaced', now: Date): string {
  return file.replace(/(\.sqlite)?$/, `.${why}-${fileTimeStamp(now)}.sqlite`);
}

/** Moves `file` (and its -wal/-shm companions) to `<name>.<why>-<time>.sqlite` beside it; returns the new path. */
export function moveAside(file: string, why: 'damaged' | 'replaced', now: Date): string {
  const aside = asideName(file, why, now);
  try {
    for (const suffix of companions) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    renameSync(file, aside);
  } catch (error) {
    throw toStorageError(error, { id: 'storage.libraryAside' });
  }
  return aside;
}

/** Copies `file` and its -wal/-shm, as they are, to `<name>.damaged-<time>.sqlite` beside it; returns the copy's path. */
export function copyAside(file: string, now: Date): string {
  const aside = asideName(file, 'damaged', now);
  try {
    for (const suffix of companions) if (existsSync(file + suffix)) copyFileSync(file + suffix, aside + suffix);
    copyFileSync(file, aside);
  } catch (error) {
    throw toStorageError(error, { id: 'storage.libraryCopy' });
  }
  return aside;
}
