import type { Database } from 'better-sqlite3';
import { toStorageError } from './storage-error';

/** Small values by key, stored as JSON (app state such as whether the demo was created). */
export class SettingsStore {
  constructor(private readonly database: Database) {}

  get(key: string): unknown {
    const row = this.database.prepare<[string], { value_json: string }>('SELECT value_json FROM settings WHERE key = ?').get(key);
    return row ? (JSON.parse(row.value_json) as unknown) : undefined;
  }

  set(key: string, value: unknown): void {
    try {
      this.database
        .prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json')
        .run(key, JSON.stringify(value));
    } catch (error) {
      throw toStorageError(error, 'saved');
    }
  }
}
