import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseGuardWindow } from './close-guard';

function setUp(closeAnyway = true) {
  const timers: (() => void)[] = [];
  const window = {
    requestClose: vi.fn(),
    destroy: vi.fn(),
    confirmCloseWithoutPage: vi.fn(async () => closeAnyway),
  } satisfies CloseGuardWindow;
  const guard = createCloseGuard(window, {
    answerTimeoutMs: 10_000,
    setTimer: (run) => {
      timers.push(run);
      return () => timers.splice(timers.indexOf(run), 1);
    },
  });
  return { window, guard, fireTimers: () => [...timers].forEach((run) => run()) };
}

describe('createCloseGuard', () => {
  it('holds the close and asks the page to save, once', () => {
    const { window, guard } = setUp();
    expect(guard.onCloseAttempt()).toBe(true);
    expect(guard.onCloseAttempt()).toBe(true);
    expect(window.requestClose).toHaveBeenCalledTimes(1);
    expect(window.destroy).not.toHaveBeenCalled();
  });

  it('closes when the page confirms, and lets that close through', () => {
    const { window, guard, fireTimers } = setUp();
    guard.onCloseAttempt();
    guard.onPageConfirmed();
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(guard.onCloseAttempt()).toBe(false);
    fireTimers();
    expect(window.confirmCloseWithoutPage).not.toHaveBeenCalled();
  });

  it('asks the person when the page does not answer, and stays open if they say so', async () => {
    const { window, guard, fireTimers } = setUp(false);
    guard.onCloseAttempt();
    fireTimers();
    await vi.waitFor(() => expect(window.confirmCloseWithoutPage).toHaveBeenCalled());
    expect(window.destroy).not.toHaveBeenCalled();
    // Open again: the next attempt asks the page afresh.
    await Promise.resolve();
    expect(guard.onCloseAttempt()).toBe(true);
    expect(window.requestClose).toHaveBeenCalledTimes(2);
  });

  it('closes a window whose page is gone', () => {
    const { window, guard } = setUp();
    guard.onCloseAttempt();
    guard.onPageGone();
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });
});
