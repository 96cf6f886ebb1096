import { describe, expect, it } from 'vitest';
import { checkOrder } from './use-spelling';

const blocks = Array.from({ length: 2500 }, (_, index) => index);

describe('the order a document is checked in', () => {
  it('sends the blocks on and near the screen first, then the rest from the top in batches', () => {
    const batches = checkOrder(blocks, () => false, { from: 1200, to: 1230 });
    expect(batches[0]).toEqual(Array.from({ length: 30 }, (_, index) => 1200 + index));
    const rest = batches.slice(1);
    expect(rest.length).toBeGreaterThan(1);
    expect(rest[0]?.[0]).toBe(0);
    // Every block once, none twice.
    expect(batches.flat().sort((one, other) => one - other)).toEqual(blocks);
  });

  it('starts at the top when the editor is not on the page yet', () => {
    const [first] = checkOrder(blocks, () => false, undefined);
    expect(first?.[0]).toBe(0);
    expect(first?.length).toBeLessThan(100);
  });

  it('leaves out blocks already checked, and sends nothing when all are', () => {
    const batches = checkOrder(blocks.slice(0, 10), (block) => block % 2 === 0, { from: 0, to: 4 });
    expect(batches).toEqual([[1, 3], [5, 7, 9]]);
    expect(checkOrder(blocks.slice(0, 10), () => true, { from: 0, to: 4 })).toEqual([]);
  });
});
