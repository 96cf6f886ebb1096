import fc from 'fast-check';
import { hostileKey, hostileValue, hugeString, pollutionMarker, prototypeKeys } from './hostile-values';

type Path = (string | number)[];

/** Arrays and plain objects: what mutations reach into (typed arrays, maps and boxed values are leaves here). */
function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Paths to every value inside a JSON-like argument list, the list itself first. Stops at a depth real arguments never reach. */
function pathsOf(value: unknown, path: Path = [], paths: Path[] = []): Path[] {
  paths.push(path);
  if (path.length > 12 || !isContainer(value)) return paths;
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], paths));
  else for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], paths);
  return paths;
}

function parentOf(root: unknown, path: Path): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const key = path.at(-1);
  return key === undefined ? undefined : { parent, key };
}

/** Sets an own property, even `__proto__`, the way JSON.parse or a structured clone would deliver it. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'remove' }
  | { kind: 'add-key'; key: string; value: unknown }
  | { kind: 'insert'; value: unknown }
  | { kind: 'wrap'; depth: number }
  | { kind: 'near-miss'; suffix: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: hostileValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'remove' as const }) },
  { weight: 3, arbitrary: fc.tuple(hostileKey, hostileValue).map(([key, value]) => ({ kind: 'add-key' as const, key, value })) },
  { weight: 2, arbitrary: hostileValue.map((value) => ({ kind: 'insert' as const, value })) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((depth) => ({ kind: 'wrap' as const, depth })) },
  {
    weight: 2,
    arbitrary: fc.oneof(fc.constantFrom(' ', '\u0000', '\n', 'X', '-', '.sqlite', '\u202e'), hugeString).map((suffix) => ({ kind: 'near-miss' as const, suffix })),
  },
);

/** Applies one mutation at `path` of a copy of `root` (the copy is changed in place). */
function mutate(root: unknown[], path: Path, change: Mutation): unknown[] {
  const at = parentOf(root, path);
  const current: unknown = at ? at.parent[at.key] : root;
  switch (change.kind) {
    case 'replace':
      if (!at) return [change.value];
      setOwn(at.parent, at.key, change.value);
      return root;
    case 'remove':
      if (!at) return [];
      if (Array.isArray(at.parent) && typeof at.key === 'number') at.parent.splice(at.key, 1);
      else delete at.parent[at.key];
      return root;
    case 'add-key':
      if (isContainer(current) && !Array.isArray(current)) setOwn(current, change.key, change.value);
      else if (at) setOwn(at.parent, at.key, { [change.key]: change.value });
      return root;
    case 'insert':
      if (Array.isArray(current)) current.push(change.value);
      else root.push(change.value);
      return root;
    case 'wrap': {
      // The value itself, buried under hundreds or thousands of arrays and objects.
      let wrapped: unknown = current;
      for (let level = 0; level < change.depth; level += 1) wrapped = level % 2 === 0 ? [wrapped] : { children: wrapped };
      if (!at) return [wrapped];
      setOwn(at.parent, at.key, wrapped);
      return root;
    }
    case 'near-miss':
      if (at && (typeof current === 'string' || typeof current === 'number')) setOwn(at.parent, at.key, `${String(current)}${change.suffix}`);
      else root.push(change.suffix);
      return root;
  }
}

/** One to three mutations of a valid argument list, each at a random place in it. */
export function mutatedArguments(example: unknown[]): fc.Arbitrary<unknown[]> {
  return fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }).map((changes) => {
    let args = structuredClone(example);
    for (const [pick, change] of changes) {
      const paths = pathsOf(args);
      args = mutate(args, paths[pick % paths.length] ?? [], change);
    }
    return args;
  });
}

/** Where objects open in JSON text: every `{` outside a string. */
function objectStarts(json: string): number[] {
  const starts: number[] = [];
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const character = json[index];
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') starts.push(index);
  }
  return starts;
}

/**
 * The valid argument list as a page would send it after `JSON.parse`, with a
 * `__proto__`, `constructor` or `prototype` key (an own key, as JSON.parse
 * makes it) added to one of its objects, or to a new object in the list.
 */
export function pollutedArguments(example: unknown[]): fc.Arbitrary<unknown> {
  return fc.tuple(fc.nat(), fc.constantFrom(...prototypeKeys), fc.boolean()).map(([pick, key, viaPrototype]) => {
    const payload = viaPrototype ? `{"prototype":{"${pollutionMarker}":true}}` : `{"${pollutionMarker}":true}`;
    const json = JSON.stringify(example);
    const braces = objectStarts(json);
    const at = braces.length > 0 ? braces[pick % braces.length] : undefined;
    if (at === undefined) return JSON.parse(`[{"${key}":${payload}}${json === '[]' ? '' : `,${json.slice(1, -1)}`}]`) as unknown;
    const rest = json.slice(at + 1);
    return JSON.parse(`${json.slice(0, at + 1)}"${key}":${payload}${rest.startsWith('}') ? '' : ','}${rest}`) as unknown;
  });
}

/** Not an argument list at all: what a page could pass instead of `[...]`. */
export const notAList: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, 0, '', 'briefings', true, {}, { length: 1, 0: {} }),
  hostileValue.filter((value) => !Array.isArray(value)),
);

/** Arguments that are wrong for a method in every way at once: any arity, any types. */
export const randomArgumentList: fc.Arbitrary<unknown[]> = fc.array(hostileValue, { maxLength: 4 });
