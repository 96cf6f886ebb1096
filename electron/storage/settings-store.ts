import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { withStorageErrors } from './storage-error';

/**
 * Small values by key, stored as JSON: app state such as whether the demo
 * briefing was ever created. Reads go through a zod schema, so a value
 * written by another version in another shape is reported, not trusted.
 */
export class SettingsStore {
  constructor(private readonly database: Database) {}

  /** The value stored under `key`, or `undefined` when nothing is stored. */
  get<Value>(key: string, schema: z.ZodType<Value>): Value | undefined {
    const row = withStorageErrors({ id: 'storage.settingRead', values: { key } }, () =>
      this.database.prepare<[string], { value_json: string }>('SELECT value_json FROM settings WHERE key = ?').get(key),
    );
    if (!row) return undefined;
    let stored: unknown;
    try {
      stored = JSON.parse(row.value_json);
    } catch (error) {
      throw new ServiceError('storage', { id: 'errors.settingDamaged', values: { key } }, { cause: error });
    }
    const parsed = schema.safeParse(stored);
    if (!parsed.success) throw new ServiceError('storage', { id: 'errors.settingDamaged', values: { key } }, { cause: parsed.error });
    return parsed.data;
  }

  /** Stores `value` (anything JSON can hold) under `key`, replacing what was there. */
  set(key: string, value: unknown): void {
    // JSON.stringify gives undefined (despite its declared type) for undefined and functions.
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) throw new TypeError(`The setting "${key}" has no JSON form.`);
    withStorageErrors({ id: 'storage.settingSave', values: { key } }, () =>
      this.database
        .prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json')
        .run(key, json),
    );
  }
}
