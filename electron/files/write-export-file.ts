import { open, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileNameProblem } from '../../shared/document/file-name';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { partialPathBeside, replaceTargetProblem } from '../files/temporary-file';

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder is read-only or you have no permission to write there';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder does not exist';
    case 'EISDIR':
      return 'a folder has that name';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'EINVAL':
      return 'the disk does not allow that file name';
    case 'EBUSY':
      return 'the file is open in another program';
    default:
      return 'the disk reported an error';
  }
}

/**
 * Writes an exported file next to its destination, flushes it to the disk
 * and renames it into place, so a failure half-way (full disk, removed USB
 * stick, power cut) never leaves a broken file under the chosen name, nor
 * destroys a file it was to replace. A name this platform refuses (Windows
 * `CON.pdf`, see `fileNameProblem`) is refused before anything is written.
 * Every failure is one sentence: why, and that nothing changed where it was to go.
 */
export async function writeExportFile(path: string, bytes: Uint8Array | string, platform: string = process.platform): Promise<number> {
  // The reason before the path: a long path must not push it past what the window shows (the invoker cuts at 300 characters).
  const failed = (why: string, cause?: unknown) => new ServiceError('storage', `The export was not saved: ${why}. Nothing was changed at “${path}”.`, { cause });
  const problem = fileNameProblem(basename(path), platform) ?? replaceTargetProblem(path);
  if (problem) throw failed(problem);
  // Hidden, unguessable, and short whatever the final name's length, so it fits wherever the final name does.
  const partial = partialPathBeside(path);
  try {
    const file = await open(partial, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw failed(reason(error), error);
  }
  return typeof bytes === 'string' ? Buffer.byteLength(bytes, 'utf8') : bytes.byteLength;
}
