import type { FieldValues } from '../../shared/document/briefing';
import { newBriefingContent } from '../../shared/document/new-briefing';
import type { BriefingTemplate } from '../../shared/document/template';
import { builtInTemplates, findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { Services } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { Library } from '../storage/library';

function templateOrThrow(templateId: string): BriefingTemplate {
  const template = findBuiltInTemplate(templateId);
  if (!template) throw new ServiceError('not-found', `No template with id "${templateId}".`);
  return template;
}

/**
 * The contract checks that field values are well formed; only the briefing's
 * template knows which fields exist. A briefing whose template this build
 * does not know may keep the fields it already has.
 */
function assertKnownFields(library: Library, briefingId: string, fields: FieldValues): void {
  const stored = library.briefings.get(briefingId);
  const template = findBuiltInTemplate(stored.templateId);
  const known = new Set(template ? template.fields.map((field) => field.id) : Object.keys(stored.fields));
  const unknown = Object.keys(fields).find((fieldId) => !known.has(fieldId));
  if (unknown !== undefined) {
    throw new ServiceError('invalid-argument', `The template of this briefing has no field "${unknown}".`);
  }
}

/**
 * The handler table: every service of the IPC contract over one library.
 * Plain Node — no Electron — so the app, the command line and the tests share
 * it. Arguments arrive already checked against the contract's zod schemas.
 */
export function createServices(library: Library): Services {
  return {
    briefings: {
      list: async (query) => library.briefings.list(query),
      get: async (id) => library.briefings.get(id),
      create: async (request) => {
        const content = newBriefingContent(templateOrThrow(request.templateId), request.title);
        return library.briefings.create({ ...content, language: request.language ?? content.language });
      },
      save: async (request) => {
        if (request.fields) assertKnownFields(library, request.id, request.fields);
        return library.briefings.save(request);
      },
      moveToTrash: async (id) => library.briefings.moveToTrash(id),
    },
    templates: {
      list: async () => [...builtInTemplates],
    },
  };
}
