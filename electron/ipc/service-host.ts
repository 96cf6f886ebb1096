/**
 * What only the desktop shell can do for the services: dialogs, the system
 * browser, the spellchecker. `main.ts` passes an implementation over
 * Electron; tests and the e2e harness pass a recording one. Injected so that
 * the handler table (`create-services.ts`) stays free of Electron.
 */
export interface ServiceHost {
  // Editor: links and spelling (shell service).
  /**
   * Asks the person to confirm, then opens an http/https/mailto address in
   * the system browser or mail program. Resolves whether it was opened.
   */
  openExternalLink(url: string): Promise<boolean>;
  /** Makes the platform spellchecker check this language, where it has it; otherwise leaves spelling as it is. */
  setSpellcheckLanguage(language: string): Promise<void>;
}
