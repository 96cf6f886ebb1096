import { createContext, useContext } from 'react';

/** Asks the desktop to open a link (after its confirm); provided by the editor, which knows the services. */
export const LinkOpenerContext = createContext<(url: string) => void>(() => undefined);

export const useLinkOpener = (): ((url: string) => void) => useContext(LinkOpenerContext);
