/**
 * What crosses the bridge from main to renderer: a value or a typed error,
 * never a raw exception (Electron flattens thrown errors into a string that
 * loses the code, and a stack trace is no message for a person).
 */
export const ipcErrorCodes = [
  /** The call's arguments did not match the contract. */
  'invalid-argument',
  /** The call came from a frame the app did not create. */
  'forbidden',
  'unknown-method',
  'not-found',
  /** The briefing changed since the revision the caller based its save on. */
  'conflict',
  /** The library file could not be read or written (full or read-only disk, corruption). */
  'storage',
  /** A bug: the message is generic and the details go to the log. */
  'internal',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcError {
  code: IpcErrorCode;
  /** One plain sentence for the person using the app. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by services for failures the caller should see with their own code. */
export class ServiceError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ServiceError';
  }
}
