import fc from 'fast-check';

/**
 * Values a hostile or broken page could send over IPC. Everything here
 * survives Electron's structured clone (no functions, symbols or proxies:
 * those never reach the main process), so it is what `ipcMain` can hand the
 * invoker.
 */

/** The property name a successful prototype pollution would add to every object. */
export const pollutionMarker = 'fuzzPolluted';

export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Lengths just over the contract's limits (titles, URLs, fields, leaf text) and far beyond them. */
const hugeLengths = [501, 2_049, 20_001, 100_001, 1_000_001, 10_000_001] as const;

/** One- and two-byte characters, a surrogate pair, a NUL, a newline, a bidi override, markup. */
const fillUnits = ['x', 'ə', '\u0000', '\n', '\u{1D54F}', '\u202e', '<'] as const;

export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...fillUnits), fc.constantFrom(...hugeLengths))
  .map(([unit, length]) => unit.repeat(length));

/** Arrays or objects nested hundreds to thousands of levels deep. */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 5_000 }), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, kind]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level += 1) {
      const asArray = kind === 'array' || (kind === 'mixed' && level % 2 === 0);
      value = asArray ? [value] : { children: value };
    }
    return value;
  });

/** `{"__proto__": {"fuzzPolluted": true}}` and friends, made by JSON.parse so the keys are the object's own. */
export const pollutingObject: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...prototypeKeys), fc.boolean())
  .map(([key, viaPrototype]) => {
    const payload = viaPrototype ? `{"prototype":{"${pollutionMarker}":true}}` : `{"${pollutionMarker}":true}`;
    return JSON.parse(`{"${key}":${payload}}`) as unknown;
  });

const specialNumbers = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, 2 ** 53 + 2, -1, 0.5, 2 ** 31);

/** Strings that are almost right: ids in capitals, with spaces or a NUL, path and script tricks. */
const nearMissStrings = fc.constantFrom(
  '',
  ' ',
  '00000000-0000-0000-0000-000000000000',
  'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA ',
  '../../etc/passwd',
  '..\\..\\library.sqlite',
  'library.sqlite\u0000.txt',
  'javascript:alert(1)',
  ' https://example.org',
  'data:text/html,<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'toString',
  'en_US',
  'EN',
  '2025-02-30',
  'CON',
  'NUL.sqlite',
);

const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** One hostile value: anything, a huge string, deep nesting, a prototype key, an odd number or a near miss. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anyValue },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: pollutingObject },
  { weight: 1, arbitrary: specialNumbers },
  { weight: 2, arbitrary: nearMissStrings },
);

/** Keys to add to an object: prototype keys, the contract's own names in the wrong place, anything. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...prototypeKeys),
  fc.constantFrom('id', 'body', 'fields', 'text', 'type', 'url', 'children', 'toString', 'hasOwnProperty'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  hugeString.map((text) => text.slice(0, 100_001)),
);
