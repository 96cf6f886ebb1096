import fc from 'fast-check';

export type DamageKind = 'truncated' | 'bit-flipped' | 'oversized' | 'built-in field name' | 'lying zip directory';

export interface DamagedFile {
  kind: DamageKind;
  /** What was done, for the failure report. */
  how: string;
  bytes: Uint8Array;
}

/** The file cut short anywhere, from nothing at all to one byte short. */
export function truncated(original: Uint8Array): fc.Arbitrary<DamagedFile> {
  return fc.nat({ max: original.length - 1 }).map((length) => ({ kind: 'truncated', how: `cut to ${length} bytes`, bytes: original.slice(0, length) }));
}

/** One to sixteen bits flipped at random places, as a failing disk or a bad copy does. */
export function bitFlipped(original: Uint8Array): fc.Arbitrary<DamagedFile> {
  return fc
    .array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.nat({ max: 7 })), { minLength: 1, maxLength: 16 })
    .map((flips) => {
      const bytes = original.slice();
      for (const [offset, bit] of flips) bytes[offset] = (bytes[offset] ?? 0) ^ (1 << bit);
      return { kind: 'bit-flipped', how: `bits flipped at ${flips.map(([offset, bit]) => `${offset}:${bit}`).join(', ')}`, bytes };
    });
}

/** Decodes bytes the way a browser's `File.text()` does: UTF-8, with U+FFFD for what is not. */
export function asText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export function asBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
