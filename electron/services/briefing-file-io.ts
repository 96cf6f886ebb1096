import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { briefingFileTextSchema } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';

/** The largest `.briefing.json` read: the contract's bound on a briefing file's text. */
export const maxBriefingFileBytes = briefingFileTextSchema.maxLength ?? 50_000_000;

function readProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'Briefing Desk is not allowed to read it';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return 'it could not be read';
  }
}

/**
 * Reads the text of the `.briefing.json` file at `path`, after checking, on
 * the opened file itself, that it is a regular file (not a folder, a device
 * or a pipe) and no larger than a briefing file can be: a huge or endless
 * file is never read. Every refusal is one sentence naming the file.
 */
export async function readBriefingFileText(path: string): Promise<string> {
  const name = basename(path);
  let text: string;
  try {
    // Opened without blocking, so a named pipe with no writer cannot hold the open; it is refused below. (Windows has no such flag.)
    const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = await file.stat();
      if (!stats.isFile()) throw new ServiceError('invalid-argument', `“${name}” is not a file Briefing Desk can open.`);
      if (stats.size > maxBriefingFileBytes) throw new ServiceError('invalid-argument', `“${name}” is too large to be a briefing file.`);
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('storage', `“${name}” could not be opened: ${readProblem(error)}.`, { cause: error });
  }
  if (text.trim() === '') throw new ServiceError('invalid-argument', `“${name}” is empty.`);
  return text;
}
