import { personSpellings } from '../../shared/directory/match-people';
import { directoryStore } from './directory-service';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { reviewGateProblem, suggestionGateProblem } from '../../shared/document/workflow';
import type { BriefingService } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { writeExportFile } from '../files/write-export-file';
import { exportBriefingFile, importBriefingFileWithPictures } from '../storage/briefing-files';
import type { Library } from '../storage/library';
import { readBriefingFileText } from './briefing-file-io';
import type { ChangeNotifier } from './change-feed';
import { lastExportFolderKey } from './export-service';
import type { OpenDialog, SaveDialog } from './ports';
import { languageVersionStore, propagateFields, withFamilies } from './version-service';

/**
 * The briefings of the library: list, search, create, save, the Trash,
 * status changes, and `.briefing.json` files, which are saved and opened
 * here, in the main process, through the shell's dialogs, like the exports.
 */
export function createBriefingService(library: Library, changes: ChangeNotifier, dialogs: SaveDialog & OpenDialog): BriefingService {
  const { changed, changedTo } = changes;
  return {
    // A readout's language versions come with their family, so the library shows them on one row (not in the Trash, where each stands alone).
    list: async (query) => (query.trashed ? library.briefings.list(query) : withFamilies(library, library.briefings.list(query))),
    get: async (id) => library.briefings.get(id),
    create: async (request) => {
      const content = newBriefingContent(library.templates.get(request.templateId), request.title);
      return changedTo(library.briefings.create({ ...content, language: request.language ?? content.language }));
    },
    save: async (request) => {
      const { fields } = request;
      if (!fields || !languageVersionStore(library).linkOf(request.id)) {
        const saved = library.briefings.save(request);
        return changed(saved.id, saved.revision, saved, request.title !== undefined);
      }
      // A language version's field values are the family's facts: every version takes them in the same transaction.
      const { saved, others } = library.database
        .transaction(() => {
          const before = library.briefings.get(request.id).fields;
          const saved = library.briefings.save(request);
          return { saved, others: propagateFields(library, request.id, before, fields) };
        })
        .immediate();
      for (const other of others) changed(other.id, other.revision, undefined);
      return changed(saved.id, saved.revision, saved, request.title !== undefined);
    },
    moveToTrash: async (id) => changed(id, null, library.briefings.moveToTrash(id), true),
    // Any spelling of a directory person finds the briefings that use another.
    search: async (query) => {
      const result = library.search.search(query, query.text ? personSpellings(directoryStore(library).list().people, query.text) : []);
      return query.trashed ? result : { ...result, hits: withFamilies(library, result.hits) };
    },
    organisations: async () => library.search.organisations(),
    restoreFromTrash: async (id) => {
      library.briefings.restoreFromTrash(id);
      changed(id, library.briefings.get(id).revision, undefined, true);
    },
    deleteForever: async (id) => changed(id, null, library.briefings.deleteForever(id), true),
    duplicate: async (id) => changedTo(library.briefings.duplicate(id)),
    exportFile: async (id) => exportBriefingFile(library, id),
    importFile: async (contents) => changedTo(await importBriefingFileWithPictures(library, contents)),
    saveFile: async (id) => {
      // Made before the dialog, so a briefing that no longer exists fails before the person picks a file.
      const file = exportBriefingFile(library, id);
      const path = await dialogs.chooseExportPath(file.fileName, 'briefing', library.settings.get(lastExportFolderKey, z.string()));
      if (path === null) return { status: 'cancelled' };
      const bytes = await writeExportFile(path, file.contents);
      library.settings.set(lastExportFolderKey, dirname(path));
      return { status: 'written', path, bytes };
    },
    openFile: async () => {
      if (!dialogs.chooseImportFile) throw new ServiceError('invalid-argument', { id: 'files.openNeedsFile' });
      const path = await dialogs.chooseImportFile('briefing');
      if (path === null) return null;
      const text = await readBriefingFileText(path);
      try {
        return changedTo(await importBriefingFileWithPictures(library, text));
      } catch (error) {
        if (error instanceof ServiceError) throw new ServiceError(error.code, { id: 'files.notImportedBecause', values: { name: basename(path), reason: error.localised ?? error.message } }, { cause: error });
        throw error;
      }
    },
    changeStatus: async (request) => {
      const briefing = library.briefings.get(request.id);
      const problem = reviewGateProblem(request.status, briefing, library.templates.get(briefing.templateId));
      if (problem) throw new ServiceError('invalid-argument', problem);
      const suggestions = suggestionGateProblem(request.status, briefing.body);
      if (suggestions) throw new ServiceError('invalid-argument', suggestions);
      return changedTo(library.briefings.changeStatus(request, library.appSettings.get().authorName));
    },
  };
}
