import type { Services } from '../../shared/ipc/contract';
import type { Library } from '../storage/library';
import { createBriefingService } from './briefing-service';
import { createDirectoryService } from './directory-service';
import { changeNotifier } from './change-feed';
import { createExportService } from './export-service';
import { createHistoryService } from './history-service';
import { createImportService } from './import-service';
import { createLibraryService } from './library-service';
import { createLifecycleService } from './lifecycle-service';
import { createPictureService } from './picture-service';
import type { ServicePorts } from './ports';
import { createSettingsService } from './settings-service';
import { createShellService } from './shell-service';
import { createSpellingService } from './spelling-service';
import { createTeamService } from './team-service';
import { createTemplateService } from './template-service';
import { createVersionService } from './version-service';

/**
 * The handler table: every service of the IPC contract over one library, each
 * given only the ports it needs. Plain Node — no Electron — so the app, the
 * command line and the tests share it. Arguments arrive already checked
 * against the contract's zod schemas. A new service is one module in this
 * folder and one row here.
 */
export function createServices(library: Library, ports: ServicePorts): Services {
  const changes = changeNotifier(library, ports);
  return {
    briefings: createBriefingService(library, changes, ports),
    history: createHistoryService(library, changes),
    library: createLibraryService(library),
    templates: createTemplateService(library),
    lifecycle: createLifecycleService(library, ports, ports),
    settings: createSettingsService(library, ports),
    export: createExportService(library, ports),
    shell: createShellService(ports),
    import: createImportService(library, ports, changes),
    directory: createDirectoryService(library, { onBriefingCreated: changes.changedTo }),
    versions: createVersionService(library, changes),
    spelling: createSpellingService(library),
    team: createTeamService(library, ports, changes),
    pictures: createPictureService(library, ports),
  };
}
