import { randomUUID } from 'node:crypto';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { templateFromBriefing } from '../../shared/document/template-from-briefing';
import type { Services } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createExportService } from '../export/export-service-handlers';
import { createImportService } from '../import/import-service-handlers';
import { personSpellings } from '../../shared/directory/match-people';
import { createDirectoryService, directoryStore } from '../services/directory-service';
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
  /**
   * Tells the shell what changed, after it is committed; returns `result` so a handler can end with it.
   * `recentMayChange`: the change can alter File › Open Recent (a rename, the Trash, a restore). Only then, and only
   * for a briefing on that list, is the list read again, so an autosave does not rebuild the menu.
   */
  const changed = <Result>(briefingId: string, revision: number | null, result: Result, recentMayChange = false): Result => {
    host.onBriefingChanged?.({ briefingId, revision });
    if (recentMayChange && host.onRecentBriefingsChanged) {
      const recent = library.recentBriefings;
      if (recent.includes(briefingId)) host.onRecentBriefingsChanged(recent.list());
    }
    return result;
  };
  const changedTo = <Changed extends { id: string; revision: number }>(briefing: Changed): Changed => changed(briefing.id, briefing.revision, briefing);

  return {
    briefings: {
      list: async (query) => library.briefings.list(query),
      get: async (id) => library.briefings.get(id),
      create: async (request) => {
        const content = newBriefingContent(library.templates.get(request.templateId), request.title);
        return changedTo(library.briefings.create({ ...content, language: request.language ?? content.language }));
      },
      save: async (request) => {
        const saved = library.briefings.save(request);
        return changed(saved.id, saved.revision, saved, request.title !== undefined);
      },
      moveToTrash: async (id) => changed(id, null, library.briefings.moveToTrash(id), true),
      // Any spelling of a directory person finds the briefings that use another.
      search: async (query) => library.search.search(query, query.text ? personSpellings(directoryStore(library).list().people, query.text) : []),
      organisations: async () => library.search.organisations(),
      restoreFromTrash: async (id) => {
        library.briefings.restoreFromTrash(id);
        changed(id, library.briefings.get(id).revision, undefined, true);
      },
      deleteForever: async (id) => changed(id, null, library.briefings.deleteForever(id), true),
      duplicate: async (id) => changedTo(library.briefings.duplicate(id)),
      exportFile: async (id) => exportBriefingFile(library, id),
      importFile: async (contents) => changedTo(importBriefingFile(library, contents)),
      changeStatus: async (request) => changedTo(library.briefings.changeStatus(request, library.appSettings.get().authorName)),
    },
    history: {
      list: async (briefingId) => library.revisions.list(briefingId),
      get: async (revisionId) => library.revisions.get(revisionId),
      saveVersion: async (request) => library.revisions.record(request.briefingId, { reason: 'manual', label: request.label }),
      restore: async (revisionId) => {
        const restored = library.briefings.restoreRevision(revisionId);
        return changed(restored.briefing.id, restored.briefing.revision, restored, true);
      },
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
      showingBriefing: async (briefingId) => {
        if (briefingId === null) {
          host.showingBriefing?.(null);
          return library.recentBriefings.list();
        }
        // Only a briefing that is in the library (not in the Trash) becomes recent.
        library.briefings.get(briefingId);
        const recent = library.recentBriefings.remember(briefingId);
        host.showingBriefing?.(briefingId);
        host.onRecentBriefingsChanged?.(recent);
        return recent;
      },
      openInNewWindow: async (briefingId) => {
        if (!host.openBriefingWindow) throw new ServiceError('invalid-argument', 'Briefing Desk has no windows here to open the briefing in.');
        library.briefings.get(briefingId);
        host.openBriefingWindow(briefingId);
      },
      recentBriefings: async () => library.recentBriefings.list(),
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
    import: (() => {
      const service = createImportService(library, host);
      return { ...service, createFromDocx: async (request) => changedTo(await service.createFromDocx(request)) };
    })(),
    directory: createDirectoryService(library, { onBriefingCreated: changedTo }),
  };
}
