import { useEffect, useMemo } from 'react';
import { Editor, type Operation } from 'slate';
import { HistoryEditor } from 'slate-history';
import { PROGRESSIVE_FROM } from './progressive-mount';

export interface LoadRepair {
  /** Whether an operation was made by the repair (not by the person): such operations alone do not save the briefing. */
  made(operation: Operation): boolean;
}

/** Input that can reach the body: the repair runs before the browser acts on it. */
const inputEvents = ['keydown', 'mousedown', 'pointerdown', 'touchstart', 'contextmenu', 'beforeinput', 'paste', 'drop'] as const;

/** The repair of one editor's body: run once, before it is drawn when it is short. */
function loadRepair(editor: Editor): LoadRepair & { run: () => void; deferred: boolean } {
  const made = new WeakSet<Operation>();
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    const before = editor.operations.length;
    HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
    for (const operation of editor.operations.slice(before)) made.add(operation);
  };
  const blocks = editor.children.reduce((count, node) => count + ('children' in node ? node.children.length : 1), 0);
  const deferred = blocks > PROGRESSIVE_FROM;
  if (!deferred) run();
  return { run, deferred, made: (operation: Operation) => made.has(operation) };
}

/**
 * The editor's repair of the body as it opens: Slate's normalisation of every node, so a body written by another
 * version or an import keeps every rule the editor keeps before the first edit.
 *
 * The repair is not an edit: Undo does not undo it, and it alone does not save the briefing (the repaired body is
 * saved with the first edit). A long briefing — one that shows its first screen before its other blocks mount
 * (progressive-mount.tsx) — is repaired right after that screen is drawn, and at once if a key, click, tap, paste or
 * drop comes first: in a new window the pass over 2,000 blocks ran cold code for 90–150 ms before anything showed
 * (docs/performance.md, "The first open of a window"). A short briefing is repaired before it is drawn, as before.
 */
export function useLoadRepair(editor: Editor): LoadRepair {
  const repair = useMemo(() => loadRepair(editor), [editor]);

  useEffect(() => {
    if (!repair.deferred) return;
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
  }, [repair]);

  return repair;
}
