import type { ShellService } from '../../shared/ipc/shell-service';
import type { Links, Spellcheck } from './ports';

/** What the editor asks of the desktop: opening a link, spelling in the briefing's language. */
export function createShellService(ports: Links & Spellcheck): ShellService {
  return {
    openLink: async (url) => ports.openExternalLink(url),
    setSpellcheckLanguage: async (language) => ports.setSpellcheckLanguage(language),
  };
}
