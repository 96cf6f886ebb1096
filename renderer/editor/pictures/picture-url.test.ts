import { describe, expect, it } from 'vitest';
import { base64Bytes, bytesBase64 } from './picture-url';

/** Every byte value, and a run long enough to cross the 32 KiB slices the fallback encodes in. */
const bytes = new Uint8Array(70_000).map((_, index) => (index * 7919) % 256);

describe('picture bytes as base64 and back', () => {
  it('round-trips every byte value through the fallback codec', () => {
    const text = bytesBase64(bytes, undefined);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64Bytes(text, undefined)).toEqual(bytes);
  });

  it('uses the engine codec where there is one, with the same result', () => {
    const text = Buffer.from(bytes).toString('base64');
    const decoded = base64Bytes(text, (input) => new Uint8Array(Buffer.from(input, 'base64')));
    expect(decoded).toEqual(bytes);
    expect(bytesBase64(bytes, () => 'engine')).toBe('engine');
  });
});
