import type Database from 'better-sqlite3';
import { unpackBody } from '../../electron/storage/body-codec';

/**
 * Lets a test's own SQL read `body_json` as the app reads a body: since
 * migration 0200 a body is stored packed in `body_packed` (see body-codec.ts)
 * and `body_json` holds ''. On `connection` only, TEMP views named `briefings`
 * and `revisions` (a temp object is found before the table of the same name)
 * show every column of the table, with `body_json` the body's JSON text.
 */
export function showBodiesAsJson(connection: Database.Database): void {
  connection.function('stored_body_json', { deterministic: true }, (json: unknown, packed: unknown) =>
    unpackBody({ body_json: typeof json === 'string' ? json : '', body_packed: Buffer.isBuffer(packed) ? packed : null }),
  );
  for (const table of ['briefings', 'revisions']) {
    const columns = connection.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}', 'main')`).all().map((column) => column.name);
    if (!columns.includes('body_packed')) continue;
    const shown = columns.map((name) => (name === 'body_json' ? 'stored_body_json(body_json, body_packed) AS body_json' : `"${name}"`));
    connection.exec(`CREATE TEMP VIEW ${table} AS SELECT rowid, ${shown.join(', ')} FROM main.${table}`);
  }
}
