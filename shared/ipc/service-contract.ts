import type { z } from 'zod';
import type { IpcResult } from './ipc-result';

/** A service method: any arguments, always asynchronous. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a constraint, not a value: every parameter list must fit
export type ServiceMethod = (...args: any[]) => Promise<unknown>;

/**
 * One zod tuple per method of a service interface. `satisfies` against this
 * type makes the compiler check that each schema produces exactly the
 * parameters the interface declares, so the two cannot drift apart.
 */
export type ServiceArgumentSchemas<Service> = {
  [Method in keyof Service]: Service[Method] extends (...args: infer Parameters) => Promise<unknown>
    ? z.ZodType<Parameters>
    : never;
};

/** A service as the renderer sees it through the bridge: the same methods, returning results instead of throwing. */
export type RemoteService<Service> = {
  [Method in keyof Service]: Service[Method] extends (...args: infer Parameters) => Promise<infer Value>
    ? (...args: Parameters) => Promise<IpcResult<Value>>
    : never;
};
