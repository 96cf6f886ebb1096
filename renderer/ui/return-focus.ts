import { useEffect, useState } from 'react';

/**
 * Gives the keyboard back to the element that had it when the component appeared, once the component goes:
 * a dialog or a bar closed by Escape, Cancel or its own action leaves the person where they were, not on the
 * page's body. React removes a native `<dialog>` before it is closed, so the browser's own "previously focused
 * element" cannot do it; this runs after the removal. An element that has gone too (a menu item) leaves focus alone.
 */
export function useReturnFocus(): void {
  // Read while rendering, before a child's autoFocus takes the keyboard.
  const [previous] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      if (!(previous instanceof HTMLElement) || previous === document.body || !previous.isConnected) return;
      // Something else already took the keyboard on purpose (the next dialog, a field the dialog pointed at).
      const now = document.activeElement;
      if (now && now !== document.body && now.isConnected) return;
      previous.focus({ preventScroll: true });
    },
    [previous],
  );
}
