import type { BriefingDeskApi, Services } from '../../shared/ipc/contract';
import type { IpcErrorCode, IpcResult } from '../../shared/ipc/ipc-result';

/** A failed call to the main process, with the code the service gave. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
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
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
