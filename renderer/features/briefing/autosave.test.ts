import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedBriefing } from '../../../shared/ipc/briefing-service';
import { AutosaveController, type BriefingChanges, type SaveStatus } from './autosave';

class Conflict extends Error {}
class Refusal extends Error {}

function setup(overrides: { fail?: (call: number) => Error | undefined } = {}) {
  const saves: { changes: BriefingChanges; baseRevision: number }[] = [];
  const statuses: SaveStatus['kind'][] = [];
  let revision = 1;
  const controller = new AutosaveController({
    baseRevision: 1,
    save: (changes, baseRevision) => {
      saves.push({ changes, baseRevision });
      const failure = overrides.fail?.(saves.length);
      if (failure) return Promise.reject(failure);
      revision = baseRevision + 1;
      return Promise.resolve<SavedBriefing>({ id: 'b', revision, updatedAt: '' });
    },
    classifyFailure: (error) => (error instanceof Conflict ? 'conflict' : error instanceof Refusal ? 'refused' : 'retry'),
    describeError: (error) => (error as Error).message,
    onStatus: (status) => statuses.push(status.kind),
  });
  const saved: number[] = [];
  controller.onSaved((result) => saved.push(result.revision));
  return { controller, saves, statuses, saved };
}

describe('AutosaveController', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, 300 ms after the last change, with the latest text', async () => {
    const { controller, saves, statuses, saved } = setup();
    controller.update({ title: 'A' });
    await vi.advanceTimersByTimeAsync(100);
    controller.update({ title: 'AB' });
    await vi.advanceTimersByTimeAsync(299);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ changes: { title: 'AB' }, baseRevision: 1 }]);
    expect(statuses.at(-1)).toBe('saved');
    expect(controller.revision).toBe(2);
    expect(saved).toEqual([2]);
  });

  it('takes the quiet time chosen in Settings', async () => {
    const { controller, saves } = setup();
    controller.setTiming({ debounceMs: 450, maxWaitMs: 500 });
    controller.update({ title: 'Bakı' });
    await vi.advanceTimersByTimeAsync(449);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ changes: { title: 'Bakı' }, baseRevision: 1 }]);
  });

  it('saves at least every 500 ms while typing goes on, so a crash costs at most half a second of typing', async () => {
    const { controller, saves } = setup();
    // A key every 100 ms for 2 s: the quiet time never comes, the longest wait does.
    for (let elapsed = 0; elapsed < 2000; elapsed += 100) {
      controller.update({ title: `t${elapsed}` });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves.map((save) => save.changes.title)).toEqual(['t400', 't900', 't1400', 't1900']);
  });

  it('keeps the changes and retries after a failure, and reports the reason', async () => {
    const { controller, saves, statuses } = setup({ fail: (call) => (call === 1 ? new Error('The disk is full') : undefined) });
    controller.update({ title: 'kept' });
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('failed');
    expect(controller.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.map((save) => save.changes.title)).toEqual(['kept', 'kept']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('stops on a conflict without dropping the changes, and overwrites only when asked', async () => {
    const { controller, saves, statuses } = setup({ fail: (call) => (call === 1 ? new Conflict('changed elsewhere') : undefined) });
    controller.update({ title: 'mine' });
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('conflict');
    controller.update({ title: 'mine, edited' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toHaveLength(1);
    expect(await controller.flush()).toBe(false);
    expect(await controller.overwrite(7, { title: 'mine, edited' })).toBe(true);
    expect(saves.at(-1)).toEqual({ changes: { title: 'mine, edited' }, baseRevision: 7 });
  });

  it('flush saves pending changes at once and waits for a save in flight', async () => {
    const { controller, saves } = setup();
    controller.update({ title: 'first' });
    const flushed = controller.flush();
    controller.update({ title: 'second' });
    expect(await flushed).toBe(true);
    expect(saves.map((save) => save.changes.title)).toEqual(['first', 'second']);
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('stops, without retrying, when the library refuses the changes, and keeps them', async () => {
    const { controller, saves, statuses } = setup({ fail: () => new Refusal('No briefing with id 7f3….') });
    controller.update({ title: 'kept on screen' });
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('refused');
    controller.update({ title: 'more' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(saves).toHaveLength(1);
    expect(controller.hasUnsavedChanges).toBe(true);
  });

  it('keeps showing the failure while typing goes on, and retries on its own schedule', async () => {
    const { controller, saves, statuses } = setup({ fail: (call) => (call <= 2 ? new Error('The disk is full') : undefined) });
    controller.update({ title: 'a' });
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('failed');
    for (let typed = 0; typed < 5; typed += 1) {
      controller.update({ title: `a${typed}` });
      await vi.advanceTimersByTimeAsync(150);
    }
    // Typing did not trigger saves of its own: the only attempt is the first one; the retry comes at 1.5 s.
    expect(statuses.at(-1)).toBe('failed');
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(saves).toHaveLength(3);
    // Until a save succeeds the failure stays on screen: a retry never reads "Saving…", so the banner and its button stay.
    expect(statuses.slice(statuses.indexOf('failed'), -1)).toEqual(['failed', 'failed']);
    expect(saves.at(-1)?.changes.title).toBe('a4');
    expect(statuses.at(-1)).toBe('saved');
  });
});
