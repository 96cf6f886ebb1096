import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the main window was when it last closed; kept in the settings table. */
export const windowStateSchema = z.strictObject({
  bounds: z.strictObject({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;
export const windowStateKey = 'windowState';

/** Enough of a title bar to grab with the mouse: less than this on screen counts as lost. */
const minimumVisible = { width: 120, height: 60 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * The bounds to reopen the window with: where it was, if that is still on a
 * screen (a laptop undocked from its second monitor loses windows that were
 * there); no larger than the screen it lands on; otherwise the default size,
 * letting the system place it.
 */
export function restoredBounds(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
  defaults: { width: number; height: number },
): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } {
  if (!saved) return { bounds: defaults, maximized: false };
  const screen = workAreas.find((area) => {
    const visible = overlap(saved.bounds, area);
    return visible.width >= minimumVisible.width && visible.height >= minimumVisible.height;
  });
  if (!screen) return { bounds: defaults, maximized: saved.maximized };
  const width = Math.min(saved.bounds.width, screen.width);
  const height = Math.min(saved.bounds.height, screen.height);
  // Pulled back inside the screen where it overhangs, so the title bar is reachable.
  const x = Math.min(Math.max(saved.bounds.x, screen.x), screen.x + screen.width - width);
  const y = Math.min(Math.max(saved.bounds.y, screen.y), screen.y + screen.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** How far each new window sits from the one it was opened from, as Word and most editors place them. */
export const cascadeOffset = 28;

/**
 * Where a further window opens: a step down and to the right of the window it
 * was opened from, so both title bars show; back at the screen's top left
 * corner when that step would leave the screen.
 */
export function cascadedBounds(from: Rectangle, workAreas: readonly Rectangle[]): Rectangle {
  const screen =
    workAreas.find((area) => {
      const visible = overlap(from, area);
      return visible.width > 0 && visible.height > 0;
    }) ?? workAreas[0];
  const width = screen ? Math.min(from.width, screen.width) : from.width;
  const height = screen ? Math.min(from.height, screen.height) : from.height;
  const next = { x: from.x + cascadeOffset, y: from.y + cascadeOffset, width, height };
  if (!screen) return next;
  const fits = next.x + width <= screen.x + screen.width && next.y + height <= screen.y + screen.height;
  return fits ? next : { x: screen.x, y: screen.y, width, height };
}
