import { ServiceError, type LocalisedMessage } from '../../../shared/ipc/ipc-result';

/** A Word file that cannot be imported; the message is the one sentence the person sees. */
export function docxImportError(message: LocalisedMessage, cause?: unknown): ServiceError {
  return new ServiceError('invalid-argument', message, { cause });
}
