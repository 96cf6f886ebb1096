import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LocalisedMessage } from '../../shared/ipc/ipc-result';

const partialSuffix = '.partial';

/** The start every temporary name beside `path` shares: hidden, and short whatever the final name's length. */
function partialPrefix(path: string): string {
  return `.${Array.from(basename(path)).slice(0, 32).join('')}.`;
}

/**
 * A name for the temporary file a write to `path` goes through before it is
 * renamed into place: beside it (so the rename stays on one disk), hidden,
 * and with 128 random bits, so nobody can plant a link under it beforehand.
 */
export function partialPathBeside(path: string): string {
  return join(dirname(path), `${partialPrefix(path)}${randomBytes(16).toString('hex')}${partialSuffix}`);
}

/**
 * Creates the temporary file for `path`, empty, with O_EXCL: it is a new
 * regular file of ours, never an existing file or a link planted under its
 * name (O_EXCL does not follow links). Returns its path.
 */
export function createPartialBeside(path: string): string {
  const partial = partialPathBeside(path);
  closeSync(openSync(partial, 'wx', 0o600));
  return partial;
}

/**
 * Why `path` cannot be replaced by a written file, or undefined when it can:
 * nothing there yet, or a regular file (links followed). A device such as
 * `/dev/null`, a FIFO, a socket or a folder is refused: renaming over it
 * would replace the node itself.
 */
export function replaceTargetProblem(path: string): LocalisedMessage | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) return { id: 'fileProblem.folderHasName' };
  if (!stats.isFile()) return { id: 'fileProblem.notRegular' };
  return undefined;
}

/** A temporary file nobody has written to for this long was left by a process that was killed; none takes this long between writes. */
export const stalePartialAgeMs = 10 * 60 * 1000;

const randomPart = /^[0-9a-f]{32}$/u;

/** True for a temporary name `partialPathBeside` gives, for `path` or (without it) for any file. */
function isPartialName(stem: string, path?: string): boolean {
  if (!stem.endsWith(partialSuffix)) return false;
  const inner = stem.slice(0, -partialSuffix.length);
  if (path !== undefined && inner === basename(path)) return true; // the fixed name earlier versions used
  const dot = inner.lastIndexOf('.');
  if (!inner.startsWith('.') || dot <= 0 || !randomPart.test(inner.slice(dot + 1))) return path === undefined && inner.length > 0;
  return path === undefined || `${inner.slice(0, dot + 1)}` === partialPrefix(path);
}

/**
 * Removes what killed writes left in `folder`: temporary files and the
 * SQLite journals beside them (`-journal`, `-wal`, `-shm`) that nobody
 * touched for `stalePartialAgeMs`, so a write under way in another process
 * is left alone. With `path`, only those of writes to `path` (the folder is
 * the person's); without, every temporary name (the folder is the app's own).
 * Returns the names removed.
 */
export function removeStalePartials(folder: string, path?: string, now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isPartialName(name.replace(/-(journal|wal|shm)$/u, ''), path)) continue;
    try {
      const stats = lstatSync(join(folder, name));
      if (!stats.isFile() || now - stats.mtimeMs < stalePartialAgeMs) continue;
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile: nothing to clean.
    }
  }
  return removed;
}
