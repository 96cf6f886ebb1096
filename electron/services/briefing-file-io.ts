import { basename } from 'node:path';
import { briefingFileTextSchema } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { InputFileError, inputProblemMessage, readInputFileAsync } from '../files/read-input-file';

/** The largest `.briefing.json` read: the contract's bound on a briefing file's text. */
export const maxBriefingFileBytes = briefingFileTextSchema.maxLength ?? 50_000_000;

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
    // The one reader for files handed to the app: opened without blocking, fstat on the open file, read no further than the limit.
    text = (await readInputFileAsync(path, maxBriefingFileBytes)).toString('utf8');
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const kind = error.problem === 'not-regular' || error.problem === 'too-large' || error.problem === 'folder' ? 'invalid-argument' : 'storage';
    throw new ServiceError(kind, { id: 'files.notOpened', values: { name, reason: inputProblemMessage(error) } }, { cause: error });
  }
  if (text.trim() === '') throw new ServiceError('invalid-argument', { id: 'files.empty', values: { name } });
  return text;
}
