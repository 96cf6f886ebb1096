/** What the guard needs from the window; Electron's BrowserWindow in the app, plain functions in tests. */
export interface CloseGuardWindow {
  /** Sends `close-requested` to the page. */
  requestClose(): void;
  /** Closes the window for good, without asking the page again. */
  destroy(): void;
  /** Asks the person (natively) whether to close although the page did not confirm its work was saved. */
  confirmCloseWithoutPage(): Promise<boolean>;
}

export interface CloseGuard {
  /** Call from the window's `close` event; returns true when the close must be prevented for now. */
  onCloseAttempt(): boolean;
  /** The page has saved (or the person chose to close anyway): close now. */
  onPageConfirmed(): void;
  /** The page is gone (crashed, killed): there is nothing left to flush. */
  onPageGone(): void;
}

/**
 * Holds a window's close until its page has saved what is on screen
 * (docs/architecture.md: closing right after the last keystroke loses nothing). The
 * first close attempt asks the page; further attempts while it is saving
 * are held quietly. If the page does not answer in time (hung), the person
 * decides natively, so a broken page can never keep the window open forever.
 */
export function createCloseGuard(window: CloseGuardWindow, options: { answerTimeoutMs: number; setTimer?: (run: () => void, ms: number) => () => void }): CloseGuard {
  const setTimer =
    options.setTimer ??
    ((run: () => void, ms: number) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    });
  let state: 'open' | 'asking-page' | 'asking-person' | 'closing' = 'open';
  let cancelTimer: (() => void) | undefined;

  const close = () => {
    cancelTimer?.();
    state = 'closing';
    window.destroy();
  };

  return {
    onCloseAttempt() {
      if (state === 'closing') return false;
      if (state === 'open') {
        state = 'asking-page';
        window.requestClose();
        cancelTimer = setTimer(() => {
          if (state !== 'asking-page') return;
          state = 'asking-person';
          window.confirmCloseWithoutPage().then(
            (closeAnyway) => (closeAnyway ? close() : (state = 'open')),
            () => (state = 'open'),
          );
        }, options.answerTimeoutMs);
      }
      return true;
    },
    onPageConfirmed() {
      if (state !== 'closing') close();
    },
    onPageGone() {
      if (state !== 'open' && state !== 'closing') close();
    },
  };
}
