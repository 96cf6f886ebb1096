import fc from 'fast-check';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { createIpcInvoker, type IpcInvoker } from '../../electron/ipc/ipc-invoker';
import { channelName, channelPrefix, contractMethods, ipcContract, type ServiceName } from '../../shared/ipc/contract';
import { ipcErrorCodes, sayLocalised, type IpcError, type IpcErrorCode, type IpcResult } from '../../shared/ipc/ipc-result';
import { createTestServiceHost, type TestServiceHost } from '../support/test-service-host';
import { mutatedArguments, notAList, pollutedArguments, randomArgumentList } from './argument-mutations';
import { sentenceProblem } from './error-sentence';
import { checkpoint, countingServices, diskState, libraryContents, openFuzzLibrary, type DiskState, type FuzzLibrary } from './fuzz-library';
import { checkProperty, count, report, runs } from './fuzz-run';
import { hostileValue, hugeString, pollutionMarker, prototypeKeys } from './hostile-values';
import { serviceProbes, type ProbeContext } from './ipc-service-probes';
import { validArguments } from './valid-arguments';
import { catalogs } from '../../shared/i18n/messages';
import { createTranslator } from '../../shared/i18n/translator';

const azerbaijani = createTranslator('az');

const callsPerMethod = runs(110);
const unknownChannelCalls = runs(600);
const callsPerProbe = runs(30);

const methods = contractMethods();
const validChannels = new Set(methods.map((method) => method.channel));

let fixture: FuzzLibrary;
let host: TestServiceHost;
let invoke: IpcInvoker;
let reached: () => number;
const logged: unknown[] = [];
let diskBefore: DiskState;
let contentsBefore: ReturnType<typeof libraryContents>;
let probeContext: ProbeContext;
const prototypeNames = {
  object: Object.getOwnPropertyNames(Object.prototype),
  array: Object.getOwnPropertyNames(Array.prototype),
  function: Object.getOwnPropertyNames(Function.prototype),
};

const tally = { calls: 0, refused: 0, validForContract: 0, reachedServices: 0, codes: new Map<IpcErrorCode, number>(), libraryUnchanged: false };

function schemaOf(service: ServiceName, method: string): z.ZodType {
  const schemas: Record<string, z.ZodType> = ipcContract[service];
  const schema = schemas[method];
  if (!schema) throw new Error(`${service}.${method} has no schema`);
  return schema;
}

/** An own `__proto__`, `constructor` or `prototype` key anywhere in a parsed (finite) value. */
function hasPrototypeKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((key) => (prototypeKeys as readonly string[]).includes(key) || hasPrototypeKey((value as Record<string, unknown>)[key]));
}

/**
 * Whether the invoker must refuse `args` before any service sees them: they
 * are not a list, fail the method's zod schema, or parse into something that
 * still carries a prototype key. A generated list that happens to be a valid
 * call is not sent (it could legitimately change the library) and is counted
 * apart, so a valid call never counts as a refusal.
 */
function mustBeRefused(schema: z.ZodType, args: unknown): boolean {
  if (!Array.isArray(args)) return true;
  const parsed = schema.safeParse(args);
  return !parsed.success || hasPrototypeKey(parsed.data);
}

function refusalOf(result: IpcResult<unknown>): IpcError {
  if (result.ok) throw new Error(`the call was accepted and returned ${JSON.stringify(result.value)?.slice(0, 200)}`);
  // A refusal is its code and English sentence, and may carry the sentence as a catalog id for the interface language.
  expect(Object.keys(result.error).filter((key) => key !== 'localised').sort()).toEqual(['code', 'message']);
  expect(ipcErrorCodes).toContain(result.error.code);
  expect(sentenceProblem(result.error.message), result.error.message.slice(0, 400)).toBeUndefined();
  const { localised } = result.error;
  if (localised) {
    expect(Object.hasOwn(catalogs.en, localised.id), localised.id).toBe(true);
    expect(sayLocalised(azerbaijani, localised).trim(), localised.id).not.toBe('');
  }
  return result.error;
}

function expectPrototypesUntouched(): void {
  expect(pollutionMarker in {}).toBe(false);
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames.object);
  expect(Object.getOwnPropertyNames(Array.prototype)).toEqual(prototypeNames.array);
  expect(Object.getOwnPropertyNames(Function.prototype)).toEqual(prototypeNames.function);
}

function counted(error: IpcError): void {
  tally.calls += 1;
  tally.refused += 1;
  tally.codes.set(error.code, (tally.codes.get(error.code) ?? 0) + 1);
}

beforeAll(() => {
  fixture = openFuzzLibrary();
  host = createTestServiceHost(join(fixture.folder, 'exports'));
  const counting = countingServices(createServices(fixture.library, host));
  reached = counting.reached;
  invoke = createIpcInvoker(counting.services, { log: (error) => logged.push(error) });
  probeContext = probeContextOf(fixture);
  checkpoint(fixture.library);
  diskBefore = diskState(fixture.library);
  contentsBefore = libraryContents(fixture.library);
});

afterAll(async () => {
  const codes = [...tally.codes].map(([code, calls]) => `${code} ${count(calls)}`).join(', ');
  report(
    `IPC fuzz: ${count(tally.calls)} calls over ${methods.length} methods and unknown channels, ${count(tally.refused)} refused with a typed error (${codes}), ` +
      `${count(tally.reachedServices)} of them schema-valid and refused by the services, ${count(logged.length)} crashes (internal errors), ` +
      `library ${tally.libraryUnchanged ? 'unchanged' : 'NOT shown unchanged'}; ` +
      `${count(tally.validForContract)} generated argument lists were valid calls and not sent`,
  );
  fixture.library.close();
  await host.close();
  fixture.dispose();
});

function probeContextOf({ library }: FuzzLibrary): ProbeContext {
  const active = library.briefings.list({});
  const trashed = library.briefings.list({ trashed: true });
  const revisionIds = [...active, ...trashed].flatMap((summary) => library.revisions.list(summary.id).map((revision) => revision.id));
  return {
    activeBriefings: active.map(({ id, revision, status }) => ({ id, revision, status })),
    knownIds: new Set([...active, ...trashed].map((summary) => summary.id)),
    maxRevisionId: Math.max(0, ...revisionIds),
    templateIds: library.templates.list().map((template) => template.id),
  };
}

describe('IPC: malformed arguments to every method of the contract', () => {
  it('has a valid starting point for every method', () => {
    for (const { service, method, channel } of methods) {
      const example = (validArguments[service] as Record<string, unknown[]>)[method];
      expect(example, channel).toBeDefined();
      expect(schemaOf(service, method).safeParse(example).success, channel).toBe(true);
    }
  });

  it.each(methods)('$channel refuses malformed arguments with invalid-argument', async ({ service, method, channel }) => {
    const schema = schemaOf(service, method);
    const example = (validArguments[service] as Record<string, unknown[]>)[method] ?? [];
    const args = fc.oneof(
      { weight: 1, arbitrary: notAList },
      { weight: 2, arbitrary: randomArgumentList },
      { weight: 6, arbitrary: mutatedArguments(example) },
      { weight: 2, arbitrary: pollutedArguments(example) },
    );
    await checkProperty(
      `${channel} refuses malformed arguments with invalid-argument`,
      args,
      async (candidate) => {
        if (!mustBeRefused(schema, candidate)) {
          tally.validForContract += 1;
          return;
        }
        const reachedBefore = reached();
        const error = refusalOf(await invoke(channel, candidate));
        expect(error.code).toBe('invalid-argument');
        expect(reached(), 'a refused call reached a service').toBe(reachedBefore);
        expectPrototypesUntouched();
        counted(error);
      },
      callsPerMethod,
    );
  });

  it('answers unknown channels with unknown-method', async () => {
    const objectMethods = Object.getOwnPropertyNames(Object.prototype);
    const services = Object.keys(ipcContract);
    const channel = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 30 }).map((rest) => `${channelPrefix}${rest}`),
      fc
        .tuple(fc.constantFrom(...services, ...prototypeKeys, '', 'exports'), fc.constantFrom(...objectMethods, ...prototypeKeys, '', 'drop', 'list.extra'))
        .map(([service, method]) => channelName(service, method)),
      fc.constantFrom(...validChannels).chain((valid) =>
        fc.constantFrom(`${valid}.x`, `${valid} `, ` ${valid}`, valid.toUpperCase(), `${valid}\u0000`, valid.replace(':', '/'), valid.replace('.', '..')),
      ),
      hugeString.map((rest) => `${channelPrefix}${rest}`),
      hostileValue,
    );
    const call = fc.tuple(channel, fc.oneof(fc.constant([]), randomArgumentList)).filter(([name]) => !(typeof name === 'string' && validChannels.has(name)));
    await checkProperty(
      'answers unknown channels with unknown-method',
      call,
      async ([name, args]) => {
        const reachedBefore = reached();
        const error = refusalOf(await invoke(name as string, args));
        expect(error.code).toBe('unknown-method');
        expect(reached()).toBe(reachedBefore);
        expectPrototypesUntouched();
        counted(error);
      },
      unknownChannelCalls,
    );
  });
});

describe('IPC: schema-valid calls the services must refuse', () => {
  it.each(serviceProbes)('$channel: $why', async ({ channel, why, args, codes }) => {
    await checkProperty(
      `${channel}: ${why}`,
      fc.constant(null).chain(() => args(probeContext)),
      async (candidate) => {
        const reachedBefore = reached();
        const error = refusalOf(await invoke(channel, candidate));
        expect(codes).toContain(error.code);
        expect(reached()).toBe(reachedBefore + 1);
        expectPrototypesUntouched();
        counted(error);
        tally.reachedServices += 1;
      },
      callsPerProbe,
    );
  });
});

describe('IPC: afterwards', () => {
  it('left the library file byte for byte as it was, its contents as they were, and nothing logged as a crash', () => {
    // No checkpoint first: a commit since the one before the fuzz would sit in a non-empty -wal.
    expect(diskState(fixture.library)).toEqual(diskBefore);
    checkpoint(fixture.library);
    expect(diskState(fixture.library).main).toBe(diskBefore.main);
    expect(libraryContents(fixture.library)).toEqual(contentsBefore);
    expect(logged).toEqual([]);
    expectPrototypesUntouched();
    tally.libraryUnchanged = true;
  });
});
