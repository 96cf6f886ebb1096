import { appOrigin } from './window-options';

export interface SpellcheckSettings {
  /** Whether the window checks spelling at all. */
  enabled: boolean;
  /** For `session.setSpellCheckerLanguages`; empty means "leave the platform to choose". */
  languages: string[];
}

/**
 * Where the Hunspell dictionaries would come from. Electron downloads them
 * from a Google CDN by default; pointing it at the app's own protocol, which
 * serves no dictionaries, means it never fetches one (and the session blocks
 * every request outside the app anyway).
 */
export const noDictionaryDownloadUrl = `${appOrigin}/spellcheck-dictionaries-are-not-bundled/`;

/**
 * How to check spelling for a briefing in `language` (a BCP 47 tag):
 * - macOS: the system spellchecker, which picks the language itself
 *   (Electron ignores the language list there).
 * - Windows: the Windows spellchecker, in the briefing's language when
 *   Windows has it (`az` matches `az-Latn-AZ`); otherwise spelling is off
 *   rather than wrong.
 * - Linux and others: there is no platform spellchecker, only Hunspell
 *   dictionaries Electron would download at run time, so spelling is off.
 */
export function spellcheckSettings(platform: string, language: string, available: readonly string[]): SpellcheckSettings {
  if (platform === 'darwin') return { enabled: true, languages: [] };
  if (platform !== 'win32') return { enabled: false, languages: [] };
  const wanted = language.toLowerCase();
  const primary = wanted.split('-')[0] ?? wanted;
  const exact = available.find((candidate) => candidate.toLowerCase() === wanted);
  const sameLanguage = available.find((candidate) => candidate.toLowerCase().split('-')[0] === primary);
  const match = exact ?? sameLanguage;
  return match ? { enabled: true, languages: [match] } : { enabled: false, languages: [] };
}
