import { z } from 'zod';
import { languageTagSchema } from '../document/briefing';
import { linkUrlSchema } from '../document/briefing-body';
import type { ServiceArgumentSchemas } from './service-contract';

/** What the desktop around the window does for the editor: links and spelling. */
export interface ShellService {
  /**
   * Opens an http, https or mailto link in the system browser or mail program
   * once the person confirms it. Resolves true when it was opened, false when
   * the person declined. The page itself never navigates to a link.
   */
  openLink(url: string): Promise<boolean>;
  /** Checks spelling in this language from now on, where the platform's spellchecker has it. */
  setSpellcheckLanguage(language: string): Promise<void>;
}

export const shellServiceArguments = {
  openLink: z.tuple([linkUrlSchema]),
  setSpellcheckLanguage: z.tuple([languageTagSchema]),
} satisfies ServiceArgumentSchemas<ShellService>;
