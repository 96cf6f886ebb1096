import { useEffect } from 'react';

/**
 * F6 and Shift+F6 (and Ctrl+Tab, Ctrl+Shift+Tab) move the keyboard between the window's panes, as in Word: the
 * library, the editor and the details. A pane is an element with `data-pane`; the keyboard lands where it last was
 * in that pane, else on the pane's `data-pane-focus` element (the editor's text), else on its first control.
 */
const focusable = 'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"], a[href]';

/** The innermost pane that holds the element (the details pane sits inside the editor's frame). */
export function paneOf(element: Element | null): HTMLElement | undefined {
  return (element?.closest('[data-pane]') as HTMLElement | null) ?? undefined;
}

/** The panes on screen in reading order. */
export const panesOnScreen = (root: ParentNode = document): HTMLElement[] => Array.from(root.querySelectorAll<HTMLElement>('[data-pane]'));

export type PaneDirection = 1 | -1;

/** Where the keyboard goes in a pane: back where it was, else the pane's main control, else its first one. */
export function focusPane(pane: HTMLElement, last: HTMLElement | undefined): void {
  const target =
    (last && last.isConnected && paneOf(last) === pane ? last : undefined) ??
    pane.querySelector<HTMLElement>('[data-pane-focus]') ??
    Array.from(pane.querySelectorAll<HTMLElement>(focusable)).find((element) => paneOf(element) === pane);
  target?.focus();
}

/** The next pane from the one that has the keyboard (the first, or the last going back, when none has). */
export function nextPane(panes: HTMLElement[], current: HTMLElement | undefined, direction: PaneDirection): HTMLElement | undefined {
  if (panes.length === 0) return undefined;
  const index = current ? panes.indexOf(current) : -1;
  if (index < 0) return direction === 1 ? panes[0] : panes[panes.length - 1];
  return panes[(index + direction + panes.length) % panes.length];
}

/** Installs the pane keys on the window while the component is mounted. `direction` tells which keys move. */
export function usePaneCycle(direction: (event: KeyboardEvent) => PaneDirection | undefined): void {
  useEffect(() => {
    const last = new Map<HTMLElement, HTMLElement>();
    const remember = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : undefined;
      const pane = paneOf(target ?? null);
      if (target && pane) last.set(pane, target);
    };
    const onKey = (event: KeyboardEvent) => {
      const step = direction(event);
      if (!step) return;
      // A modal dialog keeps the keyboard to itself.
      if (document.querySelector('dialog[open]')) return;
      const pane = nextPane(panesOnScreen(), paneOf(document.activeElement), step);
      if (!pane) return;
      event.preventDefault();
      event.stopPropagation();
      focusPane(pane, last.get(pane));
    };
    document.addEventListener('focusin', remember);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('focusin', remember);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [direction]);
}
