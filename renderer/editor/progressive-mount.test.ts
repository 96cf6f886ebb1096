import { describe, expect, it } from 'vitest';
import { BLOCKS_PER_TASK, FIRST_BLOCKS, MOST_STEPS, mountingStep } from './progressive-mount';

/** How many steps after the first screen mount a briefing of `blockCount` blocks. */
function steps(blockCount: number): number {
  return Math.ceil((blockCount - FIRST_BLOCKS) / mountingStep(blockCount));
}

describe('mountingStep', () => {
  it('mounts a briefing of a few thousand blocks in the usual small steps', () => {
    expect(mountingStep(2000)).toBe(BLOCKS_PER_TASK);
    expect(mountingStep(200)).toBe(BLOCKS_PER_TASK);
  });

  it('mounts a 50,000-block briefing in a bounded number of larger steps, every block included', () => {
    expect(mountingStep(50_000)).toBeGreaterThan(BLOCKS_PER_TASK);
    expect(steps(50_000)).toBeLessThanOrEqual(MOST_STEPS);
    expect(FIRST_BLOCKS + steps(50_000) * mountingStep(50_000)).toBeGreaterThanOrEqual(50_000);
  });
});
