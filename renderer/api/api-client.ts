import type { BriefingDeskApi, Services } from '../../shared/ipc/contract';
import { sayLocalised, type IpcErrorCode, type IpcResult, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { catalogs, type Translate } from '../../shared/i18n/messages';

/** A failed call to the main process, with the code the service gave. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    /** The sentence as a catalog id, when the service gave one. */
    readonly localised?: LocalisedMessage,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.localised);
}

/**
 * The interface language's messages, for `errorMessage`: it is called from callbacks and effects all over
 * the page, outside React's render, so the language provider keeps this up to date instead of every caller
 * passing its `t`. English until the provider has chosen.
 */
let translateErrors: Translate | undefined;

export function setErrorLanguage(translate: Translate | undefined): void {
  translateErrors = translate;
}

/**
 * The services as the renderer calls them: the same interfaces as in the
 * main process, with failures thrown as `ApiError`. Built from `window.api`,
 * whose type is derived from the contract, so nothing here is written twice.
 */
export function createApiClient(remote: BriefingDeskApi): Services {
  const client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [service, methods] of Object.entries(remote as unknown as Record<string, Record<string, unknown>>)) {
    const serviceClient: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [method, call] of Object.entries(methods)) {
      if (typeof call !== 'function') continue;
      serviceClient[method] = async (...args: unknown[]) =>
        unwrap((await (call as (...callArgs: unknown[]) => Promise<IpcResult<unknown>>)(...args)));
    }
    client[service] = serviceClient;
  }
  return client as unknown as Services;
}

/** A message for a person from anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    // An id from a newer main process than this page's catalogs (never in one build) falls back to English.
    const { localised } = error;
    if (localised && translateErrors && Object.hasOwn(catalogs.en, localised.id)) return sayLocalised(translateErrors, localised);
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
