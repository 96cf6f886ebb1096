import { randomUUID } from 'node:crypto';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { templateFromBriefing } from '../../shared/document/template-from-briefing';
import type { Services } from '../../shared/ipc/contract';
import { createExportService } from '../export/export-service-handlers';
import { createImportService } from '../import/import-service-handlers';
import { exportBriefingFile, importBriefingFile } from '../storage/briefing-files';
import type { Library } from '../storage/library';
import type { ServiceHost } from './service-host';

/**
 * The handler table: every service of the IPC contract over one library.
 * Plain Node — no Electron — so the app, the command line and the tests share
 * it. Arguments arrive already checked against the contract's zod schemas.
 * What only the desktop shell can do (dialogs, printing) comes from `host`.
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
      search: async (query) => library.search.search(query),
      organisations: async () => library.search.organisations(),
      restoreFromTrash: async (id) => library.briefings.restoreFromTrash(id),
      deleteForever: async (id) => library.briefings.deleteForever(id),
      duplicate: async (id) => library.briefings.duplicate(id),
      exportFile: async (id) => exportBriefingFile(library, id),
      importFile: async (contents) => importBriefingFile(library, contents),
      changeStatus: async (request) => library.briefings.changeStatus(request, library.appSettings.get().authorName),
    },
    history: {
      list: async (briefingId) => library.revisions.list(briefingId),
      get: async (revisionId) => library.revisions.get(revisionId),
      saveVersion: async (request) => library.revisions.record(request.briefingId, { reason: 'manual', label: request.label }),
      restore: async (revisionId) => library.briefings.restoreRevision(revisionId),
    },
    library: {
      status: async () => library.status(),
      recover: async (action) => library.recover(action),
      backups: async () => library.backups.list(),
      backUp: async () => library.backups.create('manual'),
      restoreBackup: async (name) => library.restoreBackup(name),
      check: async () => library.check(),
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
    lifecycle: {
      closeWindow: async () => host.closeWindow(),
    },
    settings: {
      get: async () => library.appSettings.get(),
      update: async (update) => library.appSettings.update(update),
    },
    export: createExportService(library, {
      ...host,
      // What left the building is kept in the briefing's history, whatever shell did the export.
      onExported: (briefingId, format) => {
        library.revisions.record(briefingId, { reason: 'export' });
        host.onExported?.(briefingId, format);
      },
    }),
    shell: {
      openLink: async (url) => host.openExternalLink(url),
      setSpellcheckLanguage: async (language) => host.setSpellcheckLanguage(language),
    },
    import: createImportService(library, host),
  };
}
