import type { Database } from 'better-sqlite3';

/** One schema change. `up` runs inside a transaction that also records `version` in `user_version`. */
export interface Migration {
  version: number;
  name: string;
  up(database: Database): void;
}
