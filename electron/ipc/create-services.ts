import { randomUUID } from 'node:crypto';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { templateFromBriefing } from '../../shared/document/template-from-briefing';
import type { Services } from '../../shared/ipc/contract';
import type { Library } from '../storage/library';
import type { ServiceHost } from './service-host';

/**
 * The handler table: every service of the IPC contract over one library.
 * Plain Node — no Electron — so the app, the command line and the tests share
 * it. Arguments arrive already checked against the contract's zod schemas.
 * What needs the desktop (dialogs, the system browser) goes through `host`.
 */
export function createServices(library: Library, host: ServiceHost): Services {
  return {
    briefings: {
      list: async (query) => library.briefings.list(query),
      get: async (id) => library.briefings.get(id),
      create: async (request) => {
        const content = newBriefingContent(library.templates.get(request.templateId), request.title);
        return library.briefings.create({ ...content, language: request.language ?? content.language });
      },
      save: async (request) => library.briefings.save(request),
      moveToTrash: async (id) => library.briefings.moveToTrash(id),
    },
    templates: {
      list: async () => library.templates.list(),
      get: async (id) => library.templates.get(id),
      saveFromBriefing: async (request) => {
        const briefing = library.briefings.get(request.briefingId);
        const template = templateFromBriefing(briefing, library.templates.find(briefing.templateId), {
          id: `user-${randomUUID()}`,
          name: request.name,
          keepContent: request.keepContent,
        });
        return library.templates.create(template);
      },
      rename: async (request) => library.templates.rename(request.id, request.name),
      remove: async (id) => library.templates.remove(id),
    },
    shell: {
      openLink: async (url) => host.openExternalLink(url),
      setSpellcheckLanguage: async (language) => host.setSpellcheckLanguage(language),
    },
  };
}
