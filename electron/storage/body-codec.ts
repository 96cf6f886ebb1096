import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * How a briefing's body (and a revision's) is stored. The JSON of a body is
 * most of a library's bytes (a generated briefing's 15 KB of its 17 KB row),
 * so since migration 0200 it is kept compressed in `body_packed`, and
 * `body_json` holds '' (the column is NOT NULL in a STRICT table, and a BLOB
 * cannot go into it). A row written before 0200 has `body_packed` NULL and
 * its JSON in `body_json`, and is read as it is: nothing rewrites the old rows
 * at startup; each is stored packed at its next save.
 *
 * `body_packed` is one format byte, then the body's UTF-8 JSON in that format:
 * 1 = brotli. Brotli at quality 1 packs the 600 KB body of a 100-page
 * briefing in ~1.7 ms (deflate at level 1 takes ~6.5 ms for about the same
 * size) and the save then writes a fifth of the pages (`bench/body-codec.ts`).
 */
export const packedBodyFormat = { brotli: 1 } as const;

/** The stored columns of a body, in `briefings` and in `revisions`. */
export interface StoredBody {
  body_json: string;
  body_packed: Buffer | null;
}

/** The columns to store for a body's JSON text: '' and the packed bytes. */
export function packBody(json: string): StoredBody {
  const text = Buffer.from(json, 'utf8');
  const packed = brotliCompressSync(text, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: text.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
  return { body_json: '', body_packed: Buffer.concat([Buffer.from([packedBodyFormat.brotli]), packed]) };
}

/**
 * The body's JSON text, whichever way the row stores it. Throws when the packed
 * bytes cannot be read (an unknown format, damaged data); callers report that
 * as they report JSON that does not parse (see `bodyJsonOf` in briefing-rows).
 */
export function unpackBody(stored: StoredBody): string {
  const packed = stored.body_packed;
  if (packed === null || packed === undefined) return stored.body_json;
  if (packed[0] !== packedBodyFormat.brotli) throw new Error(`unknown packed body format ${String(packed[0])}`);
  return brotliDecompressSync(packed.subarray(1)).toString('utf8');
}

/**
 * The SQL expression for a body inside a JSON object built in SQL (the team
 * replica's outbox, from a trigger or from `connect`): the body itself when it
 * is stored as JSON, else `{"packedBody":"<hex of body_packed>"}`, which
 * `unpackQueuedBody` turns back into the body. SQLite cannot decompress, and a
 * trigger calling a function of ours would fail on any connection that did
 * not register it.
 */
export const bodyInJsonSql = (row: string) =>
  `CASE WHEN ${row}.body_packed IS NULL THEN json(${row}.body_json) ELSE json_object('packedBody', hex(${row}.body_packed)) END`;

/** A body read out of JSON made with `bodyInJsonSql`: the body itself, with a packed one unpacked and parsed. */
export function unpackQueuedBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const packed = (body as { packedBody?: unknown }).packedBody;
  if (typeof packed !== 'string') return body;
  return JSON.parse(unpackBody({ body_json: '', body_packed: Buffer.from(packed, 'hex') })) as unknown;
}
