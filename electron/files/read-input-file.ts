import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { english } from '../../shared/i18n/english';
import type { MessageKey } from '../../shared/i18n/messages';
import { sayLocalised, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { isSystemErrorCode, systemErrorCode, systemReason } from './system-reason';

/**
 * Why a file handed to the app (a `.briefing.json`, a Word file, a backup to
 * restore) was not read: it is gone, not readable, a folder, not a regular
 * file (a FIFO that would block for ever, `/dev/zero` that never ends, a
 * socket), or over the size the caller allows.
 */
export type InputFileProblem = 'missing' | 'forbidden' | 'folder' | 'not-regular' | 'too-large' | 'unreadable';

export class InputFileError extends Error {
  constructor(
    readonly problem: InputFileProblem,
    /** The file's size, when it was too large. */
    readonly size: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(`the file ${inputProblemText(problem)}`, options);
    this.name = 'InputFileError';
  }
}

const problemIds = {
  missing: 'fileProblem.missing',
  forbidden: 'fileProblem.forbidden',
  folder: 'fileProblem.folder',
  'not-regular': 'fileProblem.notRegular',
  'too-large': 'fileProblem.tooLarge',
  unreadable: 'fileProblem.unreadable',
} as const satisfies Record<InputFileProblem, MessageKey>;

/**
 * The problem as the end of a sentence ("“x.docx” could not be opened: it is a folder."), as a catalog clause.
 * Given the error, a file that could not be read says the system's reason instead ("… could not be opened: the
 * disk reported an input/output error."), from its code; its English text stays in the cause, for the log.
 */
export function inputProblemMessage(problem: InputFileProblem | InputFileError): LocalisedMessage {
  if (typeof problem === 'string') return { id: problemIds[problem] };
  if (problem.problem === 'unreadable' && isSystemErrorCode(systemErrorCode(problem.cause))) return systemReason(problem.cause);
  return { id: problemIds[problem.problem] };
}

/** The same clause in English, for logs and for callers that build an English sentence. */
export function inputProblemText(problem: InputFileProblem): string {
  return sayLocalised(english, inputProblemMessage(problem));
}

function problemOf(error: unknown): InputFileProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EACCES' || code === 'EPERM') return 'forbidden';
  if (code === 'EISDIR') return 'folder';
  // A FIFO with no writer opened without blocking, on systems that refuse that.
  if (code === 'ENXIO') return 'not-regular';
  return 'unreadable';
}

// Opening a FIFO for reading waits for a writer; without blocking it opens at once, and fstat then tells what it is.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function checkKind(stats: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number): void {
  if (stats.isDirectory()) throw new InputFileError('folder', undefined);
  if (!stats.isFile()) throw new InputFileError('not-regular', undefined);
  if (stats.size > maxBytes) throw new InputFileError('too-large', stats.size);
}

const wrap = (error: unknown): InputFileError => (error instanceof InputFileError ? error : new InputFileError(problemOf(error), undefined, { cause: error }));

/**
 * Reads the file at `path` (links followed) only if it is a regular file of
 * at most `maxBytes`: opened without blocking, checked with fstat on the
 * open file (so it cannot be swapped between check and read), and read no
 * further than `maxBytes`, however the file grows meanwhile. Throws an
 * `InputFileError` saying why not.
 */
export function readInputFile(path: string, maxBytes: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, openFlags);
    const stats = fstatSync(fd);
    checkKind(stats, maxBytes);
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new InputFileError('too-large', length);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw wrap(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `readInputFile` without blocking the thread: for the main process, where a slow disk must not freeze the windows. */
export async function readInputFileAsync(path: string, maxBytes: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, openFlags);
    const stats = await handle.stat();
    checkKind(stats, maxBytes);
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new InputFileError('too-large', length);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw wrap(error);
  } finally {
    await handle?.close();
  }
}
