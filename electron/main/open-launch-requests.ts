import { basename } from 'node:path';
import { briefingFileTextSchema } from '../../shared/ipc/briefing-service';
import type { Services } from '../../shared/ipc/contract';
import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import type { LaunchRequest } from './launch-requests';
import { InputFileError, inputProblemMessage, readInputFileAsync } from '../files/read-input-file';

/** What carrying out launch requests needs from the app; plain functions, so a test passes its own. */
export interface LaunchTarget {
  /** The app's services: importing through them tells every window, as an import from the page does. */
  services: Pick<Services, 'briefings'>;
  /** Shows the briefing in a window. */
  showBriefing(briefingId: string): void;
  /** Tells the person, in one sentence in their interface language, why a file could not be opened. */
  showError(message: LocalisedMessage | string): void;
  /** Adds an opened file to the system's recent documents (Windows, macOS). */
  addRecentDocument?(path: string): void;
}

// The same bound as a `.briefing.json` sent by the page; checked before reading, so a huge file is never loaded.
const maxFileBytes = briefingFileTextSchema.maxLength ?? 50_000_000;

async function importBriefingFile(path: string, services: LaunchTarget['services']): Promise<string> {
  const name = basename(path);
  let text: string;
  try {
    // A regular file, checked before reading: a FIFO handed over at launch would otherwise wait for a writer for ever.
    text = (await readInputFileAsync(path, maxFileBytes)).toString('utf8');
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    if (error.problem === 'too-large') throw new ServiceError('invalid-argument', { id: 'files.tooLargeForBriefing', values: { name } }, { cause: error });
    const reason = error.problem === 'missing' ? { id: 'fileProblem.gone' as const } : inputProblemMessage(error);
    throw new ServiceError('storage', { id: 'files.notOpened', values: { name, reason } }, { cause: error });
  }
  if (text.trim() === '') throw new ServiceError('invalid-argument', { id: 'files.empty', values: { name } });
  try {
    return (await services.briefings.importFile(text)).id;
  } catch (error) {
    if (error instanceof ServiceError) throw new ServiceError(error.code, { id: 'files.couldNotImport', values: { name, reason: error.localised ?? error.message } }, { cause: error });
    throw error;
  }
}

/**
 * Carries out what the app was asked to open, in order: each `.briefing.json`
 * file is imported as a new briefing (all or nothing, as an import from the
 * library is), and the last briefing opened or imported is shown. A file that
 * cannot be read or imported is named in one sentence and the rest go on.
 * Resolves to the briefing shown, if any.
 */
export async function openLaunchRequests(requests: readonly LaunchRequest[], target: LaunchTarget): Promise<string | undefined> {
  let shown: string | undefined;
  for (const request of requests) {
    try {
      switch (request.kind) {
        case 'open-briefing':
          // A stale jump-list entry (the briefing was deleted since) must not open an empty window.
          await target.services.briefings.get(request.briefingId).catch((error: unknown) => {
            if (error instanceof ServiceError && error.code === 'not-found') {
              throw new ServiceError('not-found', { id: 'errors.briefingGone' }, { cause: error });
            }
            throw error;
          });
          shown = request.briefingId;
          break;
        case 'import-briefing-file':
          shown = await importBriefingFile(request.path, target.services);
          target.addRecentDocument?.(request.path);
          break;
      }
    } catch (error) {
      // A refusal without a catalog message (none in the services now) is shown as it is; a bug gets a plain sentence.
      target.showError(error instanceof ServiceError ? (error.localised ?? error.message) : { id: 'main.openRequestFailed' });
    }
  }
  if (shown !== undefined) target.showBriefing(shown);
  return shown;
}
