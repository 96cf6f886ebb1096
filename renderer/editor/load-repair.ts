import { useEffect, useMemo } from 'react';
import { Editor, type Operation } from 'slate';
import { HistoryEditor } from 'slate-history';
import { inputReachingBlocks } from './progressive-mount';

export interface LoadRepair {
  /** Whether an operation was made by the repair (not by the person): such operations alone do not save the briefing. */
  made(operation: Operation): boolean;
}

/** Input that can reach the body: the repair runs before the browser acts on it (text can also arrive without a key). */
const inputEvents = [...inputReachingBlocks, 'beforeinput', 'paste', 'drop'] as const;

/** The repair of one editor's body: run once, at once unless `deferred`. */
function loadRepair(editor: Editor, deferred: boolean): LoadRepair & { run: () => void } {
  const made = new WeakSet<Operation>();
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    const before = editor.operations.length;
    HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
    for (const operation of editor.operations.slice(before)) made.add(operation);
  };
  if (!deferred) run();
  return { run, made: (operation: Operation) => made.has(operation) };
}

/**
 * The editor's repair of the body as it opens: Slate's normalisation of every node, so a body written by another
 * version or an import keeps every rule the editor keeps before the first edit.
 *
 * The repair is not an edit: Undo does not undo it, and it alone does not save the briefing (the repaired body is
 * saved with the first edit). With `deferred` — a long briefing, one that shows its first screen before its other
 * blocks mount (`mountsProgressively`) — it is repaired right after that screen is drawn, and at once if a key, click, tap, paste or
 * drop comes first: in a new window the pass over 2,000 blocks ran cold code for 90–150 ms before anything showed
 * (docs/performance.md, "The first open of a window"). A short briefing is repaired before it is drawn, as before.
 */
export function useLoadRepair(editor: Editor, deferred: boolean): LoadRepair {
  // `deferred` is decided once, at open, as the mounting is (`mountsProgressively` of the body's blocks then).
  const repair = useMemo(() => loadRepair(editor, deferred), [editor, deferred]);

  useEffect(() => {
    if (!deferred) return;
    const listener = () => repair.run();
    for (const type of inputEvents) window.addEventListener(type, listener, { capture: true });
    // After the first screen is drawn: the frame that draws it, then a task of its own.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(repair.run, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      for (const type of inputEvents) window.removeEventListener(type, listener, { capture: true });
    };
  }, [repair, deferred]);

  return repair;
}
