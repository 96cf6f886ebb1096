import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibraryDatabase } from './library-database';
import { SettingsStore } from './settings-store';

const windowBounds = z.strictObject({ width: z.number(), height: z.number() });

describe('SettingsStore', () => {
  const folder = testLibraryFolder();
  const opened: Database.Database[] = [];
  afterEach(() => {
    for (const database of opened.splice(0)) database.close();
  });

  function open(): { database: Database.Database; settings: SettingsStore } {
    const database = openLibraryDatabase(folder.path());
    opened.push(database);
    return { database, settings: new SettingsStore(database) };
  }

  it('gives back what was set, typed by its schema, after the library is reopened', () => {
    const first = open();
    first.settings.set('windowBounds', { width: 1200, height: 800 });
    first.settings.set('signature', 'Mətbuat xidməti — Пресс-служба');
    first.database.close();

    const { settings } = open();
    expect(settings.get('windowBounds', windowBounds)).toEqual({ width: 1200, height: 800 });
    expect(settings.get('signature', z.string())).toBe('Mətbuat xidməti — Пресс-служба');
  });

  it('answers undefined for a key never set, and replaces a value that is set again', () => {
    const { settings } = open();
    expect(settings.get('demoSeeded', z.boolean())).toBeUndefined();
    settings.set('demoSeeded', false);
    settings.set('demoSeeded', true);
    expect(settings.get('demoSeeded', z.boolean())).toBe(true);
  });

  it('reports a value of the wrong shape or not JSON at all as damaged', () => {
    const { database, settings } = open();
    settings.set('windowBounds', { width: 'wide' });
    database.prepare(`INSERT INTO settings (key, value_json) VALUES ('broken', '{')`).run();
    for (const key of ['windowBounds', 'broken']) {
      const read = () => settings.get(key, windowBounds);
      expect(read).toThrow(ServiceError);
      expect(read).toThrow(`The setting “${key}” is damaged in the library.`);
    }
  });

  it('refuses a value JSON cannot hold instead of storing nothing', () => {
    const { settings } = open();
    expect(() => settings.set('nothing', undefined)).toThrow(/no JSON form/);
    expect(settings.get('nothing', z.unknown())).toBeUndefined();
  });
});
