import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Descendant } from 'slate';
import type { RenderChunkProps } from 'slate-react';

/**
 * A long briefing opens at its first screen, and the rest of its blocks mount in the tasks after it.
 *
 * React mounting every block of a 2,000-block briefing (its elements, leaves and DOM) takes most of a second on two
 * cores, before anything shows. Blocks render in slate-react's chunks (see `create-briefing-editor.ts`); a chunk past
 * the first `FIRST_BLOCKS` blocks of the document renders as an empty stand-in of about its height until its turn,
 * a few chunks per task, top to bottom, so the page shows and scrolls while the rest arrives. Mounted chunks stay
 * mounted; a stand-in never holds text.
 *
 * Anything that could reach a block not yet mounted mounts all of them first, at once: a key, a click or a tap
 * anywhere in the window (Ctrl+End, Ctrl+A, Find, F7, a link in the review gate's list), before the browser acts on
 * it. Code that walks the DOM of blocks (spelling and Find highlights, the comments margin) already skips a block
 * whose DOM is not there and looks again when it arrives. A briefing of `PROGRESSIVE_FROM` blocks or fewer mounts
 * whole, as before.
 */
export const FIRST_BLOCKS = 64;
/** Blocks mounted per step after the first screen: one task each, about a frame's worth of React and DOM work on two cores. */
export const BLOCKS_PER_TASK = 128;
export const PROGRESSIVE_FROM = 160;
/**
 * At most this many steps after the first screen, however long the briefing. Every step costs a layout of the page
 * and a refresh of the highlights and the comments margin, whatever its size: 50,000 blocks in steps of 128 were 390
 * of them, and the open never ended (docs/performance.md, "The 50,000-block briefing"). A long briefing mounts in
 * fewer, larger steps instead.
 */
export const MOST_STEPS = 24;

/** Blocks mounted per step after the first screen for a briefing of `blockCount` blocks. */
export function mountingStep(blockCount: number): number {
  return Math.max(BLOCKS_PER_TASK, Math.ceil((blockCount - FIRST_BLOCKS) / MOST_STEPS));
}

type Progress = {
  /** Blocks of the document (in reading order) whose chunks may mount now. */
  readonly limit: number;
  /** A chunk's place: the number of blocks before it, counted as chunks first render, in document order. */
  readonly place: (blocks: number) => number;
};

const ProgressContext = createContext<Progress | undefined>(undefined);

/** How far mounting has got: Infinity once every block is mounted (or for a short briefing). */
export function useMountedLimit(): number {
  return useContext(ProgressContext)?.limit ?? Number.POSITIVE_INFINITY;
}

/** The blocks of a body: each section's, in reading order (what `useProgressiveMount` counts at open). */
export function blockCountOf(children: readonly Descendant[]): number {
  return children.reduce((count, node) => count + ('children' in node ? node.children.length : 1), 0);
}

/** Whether a briefing of `blockCount` blocks shows its first screen before the rest of its blocks mount. */
export function mountsProgressively(blockCount: number): boolean {
  return blockCount > PROGRESSIVE_FROM;
}

/** A key, click or tap anywhere: what may reach past the mounted blocks, caught before the browser acts on it. */
export const inputReachingBlocks = ['keydown', 'mousedown', 'pointerdown', 'touchstart', 'contextmenu'] as const;

/** Drives the mounting of one editor's blocks: `blockCount` is the document's at open. Returns the provider's value. */
export function useProgressiveMount(blockCount: number): Progress {
  const [limit, setLimit] = useState(() => (mountsProgressively(blockCount) ? FIRST_BLOCKS : Number.POSITIVE_INFINITY));
  const counted = useRef(0);
  const place = useCallback((blocks: number) => {
    const at = counted.current;
    counted.current += blocks;
    return at;
  }, []);
  const complete = limit === Number.POSITIVE_INFINITY;
  const [step] = useState(() => mountingStep(blockCount));

  useEffect(() => {
    if (complete) return;
    // Past the document's last block: nothing is left to mount.
    if (limit >= counted.current) {
      setLimit(Number.POSITIVE_INFINITY);
      return;
    }
    // The next chunks once the browser has drawn the first screen, then step after step, each a task of its own that
    // commits. (Not a transition: those restart whenever another update comes in, and a briefing's pictures loading
    // one by one kept them from finishing for seconds.)
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      timer = setTimeout(() => setLimit((current) => current + step), 0);
    };
    const frame = limit === FIRST_BLOCKS ? requestAnimationFrame(next) : undefined;
    if (frame === undefined) next();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [complete, limit, step]);

  const mountAll = useCallback(() => {
    flushSync(() => setLimit(Number.POSITIVE_INFINITY));
  }, []);

  // A key, click or tap anywhere may reach past the mounted blocks: mount them all before the browser acts on it.
  useEffect(() => {
    if (complete) return;
    const listener = () => mountAll();
    for (const type of inputReachingBlocks) window.addEventListener(type, listener, { capture: true });
    return () => {
      for (const type of inputReachingBlocks) window.removeEventListener(type, listener, { capture: true });
    };
  }, [complete, mountAll]);

  return useMemo(() => ({ limit, place }), [limit, place]);
}

export function ProgressiveMount({ progress, children }: { progress: Progress; children: ReactNode }) {
  return <ProgressContext.Provider value={progress}>{children}</ProgressContext.Provider>;
}

/** Slate's `renderChunk`: the lowest chunks (those holding blocks) wait for their turn; the chunks above them render as they are. */
export function renderChunk({ children, lowest }: RenderChunkProps) {
  const chunk = children as ReactNode;
  return lowest ? <PendingChunk blocks={blocksIn(chunk)}>{chunk}</PendingChunk> : <>{chunk}</>;
}

/** The number of blocks a lowest chunk holds: slate-react hands the chunk node to its child as `ancestor`. */
function blocksIn(children: unknown): number {
  const ancestor = (children as { props?: { ancestor?: { children?: unknown[] } } } | undefined)?.props?.ancestor;
  return Array.isArray(ancestor?.children) ? ancestor.children.length : 1;
}

/** Estimated height of a block not yet mounted: a paragraph of about three lines with its margin. */
const BLOCK_HEIGHT_EM = 5.2;

function PendingChunk({ blocks, children }: { blocks: number; children: ReactNode }) {
  const progress = useContext(ProgressContext);
  const [place] = useState(() => progress?.place(blocks) ?? 0);
  // The limit only grows: a chunk once mounted stays mounted.
  if (!progress || place < progress.limit) return <>{children}</>;
  return <div className="chunk-pending" contentEditable={false} aria-hidden="true" style={{ height: `${blocks * BLOCK_HEIGHT_EM}em` }} />;
}
