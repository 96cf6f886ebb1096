import { english } from '../i18n/english';
import type { MessageKey, Translate } from '../i18n/messages';

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

/** A placeholder's value: text, a number, or a clause that is itself a catalog message. */
export type LocalisedValue = string | number | LocalisedMessage;

/** A sentence as a catalog id and its values, so each side says it in its own interface language. */
export interface LocalisedMessage {
  id: MessageKey;
  values?: Readonly<Record<string, LocalisedValue>>;
}

/** The sentence in `t`'s language, its clauses included. */
export function sayLocalised(t: Translate, message: LocalisedMessage): string {
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([name, value]) => [name, typeof value === 'object' ? sayLocalised(t, value) : value]));
  return t(message.id, values);
}

export interface IpcError {
  code: IpcErrorCode;
  /** One plain sentence for the person using the app, in English. */
  message: string;
  /** The same sentence as a catalog id, when the service gave one: the window shows it in the interface language. */
  localised?: LocalisedMessage;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * Thrown by services for failures the caller should see with their own code. Given a catalog id (the way
 * to write a new one), `message` is its English sentence and `localised` lets the window and the command
 * line say it in their interface language; a plain string is shown as it is.
 */
export class ServiceError extends Error {
  readonly localised: LocalisedMessage | undefined;

  constructor(
    readonly code: IpcErrorCode,
    message: string | LocalisedMessage,
    options?: { cause?: unknown },
  ) {
    super(typeof message === 'string' ? message : sayLocalised(english, message), options);
    this.name = 'ServiceError';
    this.localised = typeof message === 'string' ? undefined : message;
  }
}
