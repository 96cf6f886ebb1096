import { deflateSync, inflateSync } from 'node:zlib';

/**
 * How a briefing's body (and a revision's) is stored. The JSON of a body is
 * most of a library's bytes (a generated briefing's 15 KB of its 17 KB row),
 * so since migration 0200 a body of up to {@link packedBodyLimit} characters
 * is kept compressed in `body_packed`, and `body_json` holds '' (the column is
 * NOT NULL in a STRICT table, and a BLOB cannot go into it). A row written
 * before 0200, or a longer body, has `body_packed` NULL and its JSON in
 * `body_json`, and is read as it is: nothing rewrites the old rows at startup;
 * each is stored packed at its next save.
 *
 * `body_packed` is one format byte, then the body's UTF-8 JSON in that format:
 * 1 = zlib (deflate at level 1, with its Adler-32 check, so damaged bytes are
 * reported rather than read as other text). Below the limit a body packs in
 * about 0.1 ms and unpacks in 0.03 ms, as fast as brotli at quality 1 or
 * faster (a search unpacks the 50 bodies it cuts snippets from), to the same
 * size (`bench/body-codec.ts`).
 */
export const packedBodyFormat = { zlib: 1 } as const;

/**
 * Longer bodies (about ten pages) stay JSON text: packing the 600 KB of a
 * 100-page briefing at every autosave cost more than the pages it saved
 * writing (autosave p50 1.18 times the unpacked one, measured in turns in one
 * process), and opening it would unpack it every time.
 */
export const packedBodyLimit = 64 * 1024;

/** The stored columns of a body, in `briefings` and in `revisions`. */
export interface StoredBody {
  body_json: string;
  body_packed: Buffer | null;
}

/** The columns to store for a body's JSON text: '' and the packed bytes, or the text itself past {@link packedBodyLimit}. */
export function packBody(json: string): StoredBody {
  if (json.length > packedBodyLimit) return { body_json: json, body_packed: null };
  const packed = deflateSync(Buffer.from(json, 'utf8'), { level: 1 });
  return { body_json: '', body_packed: Buffer.concat([Buffer.from([packedBodyFormat.zlib]), packed]) };
}

/**
 * The body's JSON text, whichever way the row stores it. Throws when the packed
 * bytes cannot be read (an unknown format, damaged data); callers report that
 * as they report JSON that does not parse (see `bodyJsonOf` in briefing-rows).
 */
export function unpackBody(stored: StoredBody): string {
  const packed = stored.body_packed;
  if (packed === null || packed === undefined) return stored.body_json;
  if (packed[0] !== packedBodyFormat.zlib) throw new Error(`unknown packed body format ${String(packed[0])}`);
  return inflateSync(packed.subarray(1)).toString('utf8');
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
