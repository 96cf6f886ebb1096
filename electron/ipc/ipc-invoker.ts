import type { z } from 'zod';
import { channelPrefix, ipcContract, type ServiceName, type Services } from '../../shared/ipc/contract';
import { ServiceError, type IpcResult } from '../../shared/ipc/ipc-result';

export type IpcInvoker = (channel: string, args: unknown) => Promise<IpcResult<unknown>>;

const MAX_MESSAGE_LENGTH = 300;

function describeIssues(where: string, error: z.ZodError): string {
  const details = error.issues
    .slice(0, 3)
    .map((issue) => {
      // The first path element is the argument's position in the tuple.
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
  const message = `Invalid argument to ${where}: ${details}`;
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
}

function lookUp(channel: string): { service: ServiceName; method: string; schema: z.ZodType } | undefined {
  if (!channel.startsWith(channelPrefix)) return undefined;
  const [service, method, ...rest] = channel.slice(channelPrefix.length).split('.');
  if (!service || !method || rest.length > 0 || !Object.hasOwn(ipcContract, service)) return undefined;
  const methods = ipcContract[service as ServiceName] as Record<string, z.ZodType>;
  if (!Object.hasOwn(methods, method)) return undefined;
  const schema = methods[method];
  return schema ? { service: service as ServiceName, method, schema } : undefined;
}

/**
 * Serves the IPC contract over a handler table: finds the method for a
 * channel, validates the arguments with the contract's zod schema, calls the
 * service, and turns every outcome into an `IpcResult`. It never throws and
 * never lets a raw exception (with its stack) cross to the renderer.
 *
 * Plain Node: the Electron bridge, the end-to-end harness and the tests all
 * call this same function.
 */
export function createIpcInvoker(services: Services, options: { log?: (error: unknown) => void } = {}): IpcInvoker {
  const log = options.log ?? ((error: unknown) => console.error('[briefing-desk] internal error', error));

  return async (channel, args) => {
    const target = typeof channel === 'string' ? lookUp(channel) : undefined;
    if (!target) {
      return { ok: false, error: { code: 'unknown-method', message: `Briefing Desk has no method "${String(channel).slice(0, 100)}".` } };
    }
    const where = `${target.service}.${target.method}`;
    if (!Array.isArray(args)) {
      return { ok: false, error: { code: 'invalid-argument', message: `Invalid call to ${where}: arguments must be a list.` } };
    }
    const parsed = target.schema.safeParse(args);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-argument', message: describeIssues(where, parsed.error) } };
    }
    try {
      const service = services[target.service] as unknown as Record<string, (...callArgs: unknown[]) => Promise<unknown>>;
      const method = service[target.method];
      if (typeof method !== 'function') throw new Error(`${where} is in the contract but not implemented`);
      const value = await method.apply(service, parsed.data as unknown[]);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
      log(error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong in Briefing Desk. Your work on screen is kept; try again.' },
      };
    }
  };
}
