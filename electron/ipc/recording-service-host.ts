import type { ServiceHost } from './service-host';

export interface RecordingServiceHost extends ServiceHost {
  /** Every link the person was asked to open, in order. */
  readonly openedLinks: string[];
  readonly spellcheckLanguages: string[];
}

/**
 * A desktop shell without a desktop, for tests, the e2e harness and the
 * command line: it records what it was asked and answers "opened" (or what
 * `confirmLinks` says) instead of showing a dialog.
 */
export function createRecordingServiceHost(confirmLinks = true): RecordingServiceHost {
  const openedLinks: string[] = [];
  const spellcheckLanguages: string[] = [];
  return {
    openedLinks,
    spellcheckLanguages,
    openExternalLink: async (url) => {
      openedLinks.push(url);
      return confirmLinks;
    },
    setSpellcheckLanguage: async (language) => {
      spellcheckLanguages.push(language);
    },
  };
}
