import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';

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
      return 'the folder no longer exists';
    case 'EISDIR':
      return 'a folder has that name';
    case 'EBUSY':
      return 'the file is open in another program';
    default:
      return 'the disk reported an error';
  }
}

/**
 * Writes an exported file next to its destination and renames it into place,
 * so a failure half-way (full disk, removed USB stick) never leaves a broken
 * file under the chosen name, nor destroys a file it was to replace.
 */
export async function writeExportFile(path: string, bytes: Uint8Array | string): Promise<number> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(partial, bytes, { flag: 'wx' });
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw new ServiceError('storage', `The export could not be saved to “${path}”: ${reason(error)}. Nothing was changed there.`, { cause: error });
  }
  return typeof bytes === 'string' ? Buffer.byteLength(bytes, 'utf8') : bytes.byteLength;
}
