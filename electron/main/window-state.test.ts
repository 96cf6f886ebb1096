import { describe, expect, it } from 'vitest';
import { cascadedBounds, cascadeOffset, restoredBounds, windowStateSchema } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const defaults = { width: 1280, height: 820 };

describe('restoredBounds', () => {
  it('reopens where the window was', () => {
    expect(restoredBounds({ bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: false }, [laptop, monitor], defaults)).toEqual({
      bounds: { x: 1600, y: 100, width: 1200, height: 900 },
      maximized: false,
    });
  });

  it('falls back to the default size when the window\'s screen is gone', () => {
    expect(restoredBounds({ bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true }, [laptop], defaults)).toEqual({ bounds: defaults, maximized: true });
  });

  it('shrinks and pulls back a window that overhangs its screen', () => {
    expect(restoredBounds({ bounds: { x: 1000, y: -50, width: 2000, height: 1200 }, maximized: false }, [laptop], defaults)).toEqual({
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      maximized: false,
    });
  });

  it('uses the defaults the first time', () => {
    expect(restoredBounds(undefined, [laptop], defaults)).toEqual({ bounds: defaults, maximized: false });
  });

  it('refuses a stored state in another shape', () => {
    expect(windowStateSchema.safeParse({ bounds: { x: 0, y: 0, width: -1, height: 10 }, maximized: false }).success).toBe(false);
  });
});

describe('cascadedBounds', () => {
  it('opens a further window a step down and to the right, on the same screen', () => {
    expect(cascadedBounds({ x: 1600, y: 100, width: 1200, height: 900 }, [laptop, monitor])).toEqual({
      x: 1600 + cascadeOffset,
      y: 100 + cascadeOffset,
      width: 1200,
      height: 900,
    });
  });

  it('starts again at the screen\'s corner when the step would leave the screen', () => {
    expect(cascadedBounds({ x: 200, y: 60, width: 1240, height: 840 }, [laptop, monitor])).toEqual({ x: 0, y: 0, width: 1240, height: 840 });
  });

  it('never opens a window larger than its screen', () => {
    expect(cascadedBounds({ x: 0, y: 0, width: 2000, height: 1400 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });
});
