import type { z } from 'zod';
import { channelPrefix, ipcContract, type ServiceName, type Services } from '../../shared/ipc/contract';
import { sayLocalised, ServiceError, type IpcError, type IpcResult, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { english } from '../../shared/i18n/english';
import { zodIssueMessage } from '../../shared/i18n/zod-issues';
import { clip, oneLine } from '../../shared/document/one-line';
import { outsideReason } from '../files/system-reason';

export type IpcInvoker = (channel: string, args: unknown) => Promise<IpcResult<unknown>>;

export interface IpcInvokerOptions {
  /** Where unexpected errors go, with their stack; the caller only ever sees a generic sentence. */
  log?: (error: unknown) => void;
  /**
   * Where a refusal's cause goes when it came from outside the app (the system's, SQLite's or a server's
   * English text): the person reads the catalog's sentence, support reads this. The command line leaves it
   * out, since its stderr is what the person reads.
   */
  logCause?: (refusal: ServiceError) => void;
}

/** Long enough to name the field and the problem, short enough for a status line. */
const maxMessageLength = 300;

/**
 * Keys that change an object's prototype or shadow its constructor when a
 * service copies or merges what it received. Strict zod objects already
 * refuse unknown keys, but records (briefing fields) take any key their
 * pattern allows, so the parsed value is checked once more.
 */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

const internal: LocalisedMessage = { id: 'errors.internal' };

/** One line of plain text, at most `maxMessageLength` long, whatever names it echoes. */
function cap(message: string): string {
  return oneLine(message, maxMessageLength);
}

function failure(code: IpcError['code'], message: string, localised?: LocalisedMessage): IpcResult<never> {
  if (!localised) return { ok: false, error: { code, message: cap(message) } };
  return { ok: false, error: { code, message: cap(message), localised: capped(localised) } };
}

/** A failure whose sentence is a catalog message, in English in `message`. */
function localisedFailure(code: IpcError['code'], localised: LocalisedMessage): IpcResult<never> {
  return failure(code, sayLocalised(english, localised), localised);
}

/** Values echo names and reasons: each is held to the same one short line as the message. */
function capped(message: LocalisedMessage): LocalisedMessage {
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([name, value]) => [name, typeof value === 'string' ? cap(value) : typeof value === 'number' ? value : capped(value)]));
  return { id: message.id, values };
}

interface ContractTarget {
  service: ServiceName;
  method: string;
  schema: z.ZodType;
}

function lookUp(channel: unknown): ContractTarget | undefined {
  if (typeof channel !== 'string' || !channel.startsWith(channelPrefix)) return undefined;
  const [service, method, ...rest] = channel.slice(channelPrefix.length).split('.');
  // Own properties only: `briefings.constructor` or `__proto__.x` must not reach Object.prototype.
  if (!service || !method || rest.length > 0 || !Object.hasOwn(ipcContract, service)) return undefined;
  const methods: Record<string, z.ZodType> = ipcContract[service as ServiceName];
  if (!Object.hasOwn(methods, method)) return undefined;
  const schema = methods[method];
  return schema ? { service: service as ServiceName, method, schema } : undefined;
}

/**
 * "Invalid argument to briefings.save: body.0.children — empty", naming the first problem (without the
 * argument's position in the tuple: every method takes one argument or none) and how many more there are.
 */
function describeIssues(where: string, error: z.ZodError): LocalisedMessage {
  const [issue] = error.issues;
  const path = issue ? (typeof issue.path[0] === 'number' ? issue.path.slice(1) : issue.path).map(String).join('.') : '';
  const values = { where, path, problem: zodIssueMessage(issue), more: error.issues.length - 1 };
  return { id: path ? 'ipc.invalidArgument' : 'ipc.invalidArgumentWhole', values };
}

/** The path of the first prototype-changing key in a parsed value, if any. Parsed values are finite trees. */
function findPrototypeKey(value: unknown, path: string[] = []): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (prototypeKeys.has(key)) return [...path, key].join('.');
    const found = findPrototypeKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Serves the IPC contract over a handler table: finds the method for a
 * channel, validates the arguments with the contract's zod schema, calls the
 * service with the parsed value, and turns every outcome into an
 * `IpcResult`. It never throws, and no raw exception (with its stack) ever
 * crosses to the renderer.
 *
 * Plain Node: the Electron bridge, the end-to-end harness and the tests all
 * call this same function.
 */
export function createIpcInvoker(services: Services, options: IpcInvokerOptions = {}): IpcInvoker {
  const log = options.log ?? ((error: unknown) => console.error('[briefing-desk] internal error', error));

  const call = async (channel: unknown, args: unknown): Promise<IpcResult<unknown>> => {
    const target = lookUp(channel);
    if (!target) {
      const name = typeof channel === 'string' ? clip(channel, 100) : typeof channel;
      return localisedFailure('unknown-method', { id: 'ipc.unknownMethod', values: { name } });
    }
    const where = `${target.service}.${target.method}`;
    if (!Array.isArray(args)) return localisedFailure('invalid-argument', { id: 'ipc.notAList', values: { where } });

    const parsed = target.schema.safeParse(args);
    if (!parsed.success) return localisedFailure('invalid-argument', describeIssues(where, parsed.error));
    const prototypeKey = findPrototypeKey(parsed.data);
    if (prototypeKey !== undefined) {
      return localisedFailure('invalid-argument', { id: 'ipc.notAllowedName', values: { where, path: prototypeKey.replace(/^\d+\.?/, '') } });
    }

    const service = services[target.service] as unknown as Record<string, unknown>;
    const method = service[target.method];
    if (typeof method !== 'function') throw new Error(`${where} is in the contract but the service does not implement it`);
    const value: unknown = await (method as (...methodArgs: unknown[]) => unknown).apply(service, parsed.data as unknown[]);
    return { ok: true, value };
  };

  return async (channel, args) => {
    try {
      return await call(channel, args);
    } catch (error) {
      try {
        if (!(error instanceof ServiceError)) log(error);
        else if (error.cause !== undefined) options.logCause?.(error);
      } catch {
        // A failing logger must not turn a handled error into a crash of the main process.
      }
      if (error instanceof ServiceError) return failure(error.code, error.message, error.localised);
      // A file or SQLite failure no service turned into its own sentence still says the system's reason, not "a bug".
      const reason = outsideReason(error);
      if (reason) return localisedFailure('storage', { id: 'errors.system', values: { reason } });
      return failure('internal', new ServiceError('internal', internal).message, internal);
    }
  };
}
