import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileNameProblemMessage } from '../../shared/document/file-name';
import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { partialPathBeside, replaceTargetProblem } from '../files/temporary-file';
import { systemReason } from './system-reason';

function reason(error: unknown): LocalisedMessage {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { id: 'writeProblem.diskFull' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { id: 'writeProblem.readOnly' };
    case 'ENOENT':
    case 'ENOTDIR':
      return { id: 'writeProblem.noFolder' };
    case 'EISDIR':
      return { id: 'fileProblem.folderHasName' };
    case 'ENAMETOOLONG':
      return { id: 'writeProblem.nameTooLong' };
    case 'EINVAL':
      return { id: 'writeProblem.nameRefused' };
    case 'EBUSY':
      return { id: 'writeProblem.busy' };
    case 'EIO':
      return { id: 'writeProblem.diskError' };
    default:
      // Too many open files, a file in use, a quota … : the system's own reason, never its English text.
      return systemReason(error);
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
  const failed = (why: LocalisedMessage, cause?: unknown) => new ServiceError('storage', { id: 'export.notWritten', values: { reason: why, path } }, { cause });
  const problem = fileNameProblemMessage(basename(path), platform) ?? replaceTargetProblem(path);
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

/** Makes the folder an export writes files into (an HTML page's pictures), if it is not there; a failure is one sentence, as for a file. */
export async function makeExportFolder(path: string, platform: string = process.platform): Promise<void> {
  const failed = (why: LocalisedMessage, cause?: unknown) => new ServiceError('storage', { id: 'export.notWritten', values: { reason: why, path } }, { cause });
  const problem = fileNameProblemMessage(basename(path), platform);
  if (problem) throw failed(problem);
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw failed(reason(error), error);
  }
}
