import Database from 'better-sqlite3';
import { migrate } from './migrate';

const shapes = new Map<number, string>();

/** Every table, index, trigger and view of `database`, by type and name, one list. */
function shapeOf(database: Database.Database): string {
  return database
    .prepare<[], { type: string; name: string }>('SELECT type, name FROM sqlite_schema ORDER BY type, name')
    .all()
    .map((object) => `${object.type} ${object.name}`)
    .join('\n');
}

/**
 * Whether the objects in `database` are exactly those our migrations up to
 * its `user_version` create. They always are for a library this app wrote
 * (each migration records its version in the transaction that creates its
 * objects); a version number damaged on disk breaks it, and would otherwise
 * re-run migrations over tables that exist, or skip ones that are needed.
 * The reference is made once per version by migrating an empty in-memory
 * database (a few milliseconds).
 */
export function schemaMatchesVersion(database: Database.Database, version: number, nativeBinding?: string): boolean {
  let expected = shapes.get(version);
  if (expected === undefined) {
    const reference = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      migrate(reference, { target: version });
      expected = shapeOf(reference);
    } finally {
      reference.close();
    }
    shapes.set(version, expected);
  }
  return shapeOf(database) === expected;
}
