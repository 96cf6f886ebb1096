/**
 * What only the desktop shell can do — close a window, show a native dialog,
 * print — handed to the handler table so that it stays free of Electron. The
 * app passes Electron's implementations (electron/main), the end-to-end
 * harness and the command line pass their own.
 */
export interface ServiceHost {
  /** Closes the main window for good: the page has saved, or the person chose to close anyway. */
  closeWindow(): void;
}

/** For callers with no window at all (the command line, unit tests): there is nothing to close. */
export const windowlessHost: ServiceHost = {
  closeWindow: () => undefined,
};
