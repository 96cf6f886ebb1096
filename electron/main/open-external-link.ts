import type { MessageBoxOptions } from 'electron';
import type { Translate } from '../../shared/i18n/messages';
import { externalLinkPrompt } from './external-link-prompt';

/** What opening a link needs from the desktop; main passes Electron's dialog and shell, a test a recorder. */
export interface LinkOpeningDesktop {
  /** Shows the question (attached to the focused window, where there is one) and resolves the index of the button chosen. */
  ask(dialog: MessageBoxOptions): Promise<number>;
  shell: { openExternal(url: string): Promise<void> };
  /** The interface language's messages for the question; English when not given. */
  t?: Translate;
}

/**
 * Opens a link from a briefing outside the app (Electron security checklist,
 * item 15: no `shell.openExternal` with untrusted content). Only http, https
 * and mailto addresses get as far as a question; only "Open" hands the
 * address, as the URL parser normalised it, to the system. Resolves whether
 * it was opened.
 */
export async function openExternalLink(address: string, desktop: LinkOpeningDesktop): Promise<boolean> {
  const prompt = externalLinkPrompt(address, desktop.t);
  if (!prompt) return false;
  if ((await desktop.ask(prompt.dialog)) !== prompt.openButton) return false;
  // Reviewed exception (docs/security.md): the address passed the scheme allow-list and the person chose "Open".
  await desktop.shell.openExternal(prompt.url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
