import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { demoBriefingContent } from '../../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { AppSettingsStore } from './app-settings-store';
import { BriefingStore } from './briefing-store';
import { openLibraryDatabase } from './library-database';
import { SettingsStore } from './settings-store';
import { TemplateStore } from './template-store';
import { withStorageErrors } from './storage-error';

export interface Library {
  readonly file: string;
  readonly database: Database;
  readonly briefings: BriefingStore;
  readonly settings: SettingsStore;
  /** The press office's settings (organisation, author, page defaults), over `settings`. */
  readonly appSettings: AppSettingsStore;
  readonly templates: TemplateStore;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Source of the timestamps; tests pass a fixed clock. */
  clock?: () => Date;
  /** Create the demo briefing if this library has never had it and is empty (the app's first start). */
  seedDemo?: boolean;
  /** See `OpenLibraryDatabaseOptions.nativeBinding`. */
  nativeBinding?: string;
}

const demoSeededKey = 'demoSeeded';

function seedDemoOnce(database: Database, briefings: BriefingStore, settings: SettingsStore): void {
  const seed = database.transaction(() => {
    if (settings.get(demoSeededKey, z.boolean()) === true) return;
    const template = findBuiltInTemplate('meeting-readout');
    if (template && briefings.count() === 0) briefings.create(demoBriefingContent(template));
    // Recorded even when the library already had briefings: the demo is for a first start only.
    settings.set(demoSeededKey, true);
  });
  // IMMEDIATE: two processes starting together must not both see "not seeded" and add two demos.
  withStorageErrors('the demo briefing could not be created', () => seed.immediate());
}

/**
 * Opens the library file with its stores (see `openLibraryDatabase` for what
 * is refused and why). The app, the command line and the tests all come
 * through here. With `seedDemo`, a library that has never been seeded and has
 * no briefings gets the demo briefing, once: a demo moved to the Trash does
 * not come back.
 */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const database = openLibraryDatabase(file, { nativeBinding: options.nativeBinding });
  try {
    const templates = new TemplateStore(database, options.clock);
    const briefings = new BriefingStore(database, options.clock, (id) => templates.find(id));
    const settings = new SettingsStore(database);
    if (options.seedDemo) seedDemoOnce(database, briefings, settings);
    return { file, database, briefings, settings, appSettings: new AppSettingsStore(settings), templates, close: () => database.close() };
  } catch (error) {
    database.close();
    throw error;
  }
}
