import type { z } from 'zod';
import { briefingServiceArguments, type BriefingService } from './briefing-service';
import { lifecycleServiceArguments, type LifecycleService } from './lifecycle-service';
import { settingsServiceArguments, type SettingsService } from './settings-service';
import { directoryServiceArguments, type DirectoryService } from './directory-service';
import { exportServiceArguments, type ExportService } from './export-service';
import { historyServiceArguments, type HistoryService } from './history-service';
import { importServiceArguments, type ImportService } from './import-service';
import { libraryServiceArguments, type LibraryService } from './library-service';
import type { RemoteService } from './service-contract';
import { pictureServiceArguments, type PictureService } from './picture-service';
import { shellServiceArguments, type ShellService } from './shell-service';
import { spellingServiceArguments, type SpellingService } from './spelling-service';
import { teamServiceArguments, type TeamService } from './team-service';
import { templateServiceArguments, type TemplateService } from './template-service';
import { versionServiceArguments, type VersionService } from './version-service';

/** Every service the main process offers the renderer. */
export interface Services {
  briefings: BriefingService;
  templates: TemplateService;
  lifecycle: LifecycleService;
  settings: SettingsService;
  export: ExportService;
  history: HistoryService;
  library: LibraryService;
  shell: ShellService;
  import: ImportService;
  directory: DirectoryService;
  versions: VersionService;
  spelling: SpellingService;
  team: TeamService;
  pictures: PictureService;
}
export type ServiceName = keyof Services;

/** The argument schemas of every method: the contract, written once. */
export const ipcContract = {
  briefings: briefingServiceArguments,
  templates: templateServiceArguments,
  lifecycle: lifecycleServiceArguments,
  settings: settingsServiceArguments,
  export: exportServiceArguments,
  history: historyServiceArguments,
  library: libraryServiceArguments,
  shell: shellServiceArguments,
  import: importServiceArguments,
  directory: directoryServiceArguments,
  versions: versionServiceArguments,
  spelling: spellingServiceArguments,
  team: teamServiceArguments,
  pictures: pictureServiceArguments,
} as const satisfies { [Name in ServiceName]: Record<keyof Services[Name], z.ZodType> };

/** `window.api`: the services as the renderer reaches them. */
export type BriefingDeskApi = { [Name in ServiceName]: RemoteService<Services[Name]> };

export const channelPrefix = 'briefing-desk:';

export function channelName(service: string, method: string): string {
  return `${channelPrefix}${service}.${method}`;
}

export interface ContractMethod {
  service: ServiceName;
  method: string;
  channel: string;
}

/** Every method of the contract with its IPC channel; plain data, so it can cross into a page. */
export function contractMethods(): ContractMethod[] {
  return (Object.keys(ipcContract) as ServiceName[]).flatMap((service) =>
    Object.keys(ipcContract[service]).map((method) => ({ service, method, channel: channelName(service, method) })),
  );
}

/**
 * Builds `window.api` from the contract. The preload passes Electron's
 * `ipcRenderer.invoke`; the end-to-end harness passes a Playwright binding.
 */
export function buildApi(invoke: (channel: string, args: unknown[]) => Promise<unknown>): BriefingDeskApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const { service, method, channel } of contractMethods()) {
    api[service] ??= {};
    api[service][method] = (...args: unknown[]) => invoke(channel, args);
  }
  return api as unknown as BriefingDeskApi;
}
