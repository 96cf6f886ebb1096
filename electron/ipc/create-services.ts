import { newBriefingContent } from '../../shared/document/new-briefing';
import { builtInTemplates, findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { Services } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { Library } from '../storage/library';

function templateOrThrow(templateId: string) {
  const template = findBuiltInTemplate(templateId);
  if (!template) throw new ServiceError('not-found', `No template with id "${templateId}".`);
  return template;
}

/**
 * The handler table: every service of the IPC contract over one library.
 * Plain Node — no Electron — so the app, the command line and the tests share it.
 */
export function createServices(library: Library): Services {
  return {
    briefings: {
      list: async (query) => library.briefings.list(query),
      get: async (id) => library.briefings.get(id),
      create: async (request) => {
        const template = templateOrThrow(request.templateId);
        const content = newBriefingContent(template, request.title);
        return library.briefings.create({ ...content, language: request.language ?? content.language });
      },
      save: async (request) => {
        if (request.fields) {
          const current = library.briefings.get(request.id);
          const template = findBuiltInTemplate(current.templateId);
          const known = new Set(template?.fields.map((field) => field.id) ?? []);
          const unknown = Object.keys(request.fields).filter((fieldId) => !known.has(fieldId));
          if (unknown.length > 0) {
            throw new ServiceError('invalid-argument', `The template of this briefing has no field "${unknown[0] ?? ''}".`);
          }
        }
        return library.briefings.save(request);
      },
      moveToTrash: async (id) => library.briefings.moveToTrash(id),
    },
    templates: {
      list: async () => [...builtInTemplates],
    },
  };
}
