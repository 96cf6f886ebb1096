import type { Database } from 'better-sqlite3';
import { demoBriefingContent } from '../../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { BriefingStore } from './briefing-store';
import { openLibraryDatabase } from './library-database';
import { SettingsStore } from './settings-store';

export interface Library {
  readonly file: string;
  readonly database: Database;
  readonly briefings: BriefingStore;
  readonly settings: SettingsStore;
  close(): void;
}

export interface OpenLibraryOptions {
  clock?: () => Date;
  /** Create the demo briefing if this library has never had it and is empty (the app's first start). */
  seedDemo?: boolean;
}

const demoSeededKey = 'demoSeeded';

/** Opens the library file with its stores. The app, the command line and the tests all come through here. */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const database = openLibraryDatabase(file);
  const briefings = new BriefingStore(database, options.clock);
  const settings = new SettingsStore(database);
  if (options.seedDemo && settings.get(demoSeededKey) !== true) {
    // Once seeded, never again: a demo the person moved to the Trash stays there.
    database.transaction(() => {
      const template = findBuiltInTemplate('meeting-readout');
      if (template && briefings.count() === 0) briefings.create(demoBriefingContent(template));
      settings.set(demoSeededKey, true);
    })();
  }
  return {
    file,
    database,
    briefings,
    settings,
    close: () => database.close(),
  };
}
