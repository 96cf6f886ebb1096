import { randomUUID } from 'node:crypto';
import { templateFromBriefing } from '../../shared/document/template-from-briefing';
import { createTranslator } from '../../shared/i18n/translator';
import type { TemplateService } from '../../shared/ipc/template-service';
import type { Library } from '../storage/library';

/** The templates: the built-in ones and those saved from briefings. */
export function createTemplateService(library: Library): TemplateService {
  return {
    list: async () => library.templates.list(),
    get: async (id) => library.templates.get(id),
    saveFromBriefing: async (request) => {
      const briefing = library.briefings.get(request.briefingId);
      const template = templateFromBriefing(briefing, library.templates.find(briefing.templateId), {
        id: `user-${randomUUID()}`,
        name: request.name,
        keepContent: request.keepContent,
        t: createTranslator(request.language ?? 'en'),
      });
      return library.templates.create(template);
    },
    rename: async (request) => library.templates.rename(request.id, request.name),
    remove: async (id) => library.templates.remove(id),
    restore: async (id) => library.templates.restore(id),
  };
}
