import type { Database } from 'better-sqlite3';
import type { ImageInfo, ImageMime } from '../../shared/document/picture';
import { unpackBody } from './body-codec';

/** A picture as the library keeps it: already checked and stripped (see `electron/import/images/prepare-image.ts`). */
export interface StoredImage extends ImageInfo {
  bytes: Uint8Array;
}

interface ImageRow {
  hash: string;
  mime: ImageMime;
  width: number;
  height: number;
  byte_size: number;
}

const toInfo = (row: ImageRow): ImageInfo => ({ hash: row.hash, mime: row.mime, width: row.width, height: row.height, byteSize: row.byte_size });

/**
 * The library's pictures, one row per distinct image. `add` writes an image
 * the first time its hash is seen and never again, however many briefings,
 * revisions or copies refer to it.
 */
export class ImageStore {
  constructor(
    private readonly database: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Keeps `image` unless an image with its hash is there already; true when it wrote it. */
  add(image: Omit<StoredImage, 'byteSize'>): boolean {
    return (
      this.database
        .prepare('INSERT INTO images (hash, mime, width, height, byte_size, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING')
        .run(image.hash, image.mime, image.width, image.height, image.bytes.byteLength, Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength), this.clock().toISOString()).changes > 0
    );
  }

  info(hash: string): ImageInfo | undefined {
    const row = this.database.prepare<[string], ImageRow>('SELECT hash, mime, width, height, byte_size FROM images WHERE hash = ?').get(hash);
    return row && toInfo(row);
  }

  get(hash: string): StoredImage | undefined {
    const row = this.database.prepare<[string], ImageRow & { bytes: Buffer }>('SELECT hash, mime, width, height, byte_size, bytes FROM images WHERE hash = ?').get(hash);
    return row && { ...toInfo(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
  }

  /** The pictures among `hashes` the library has, by hash. */
  many(hashes: Iterable<string>): Map<string, StoredImage> {
    const found = new Map<string, StoredImage>();
    for (const hash of new Set(hashes)) {
      const image = this.get(hash);
      if (image) found.set(hash, image);
    }
    return found;
  }

  count(): number {
    return this.database.prepare<[], { count: number }>('SELECT count(*) AS count FROM images').get()?.count ?? 0;
  }

  /**
   * Removes the images nothing in the library refers to any more, added before
   * `addedBefore` (a picture just added and not yet autosaved into a body must
   * stay), and returns how many went. A reference is any 64-hex-digit run in a
   * briefing's body (the Trash's included: trashed briefings keep their row), a
   * revision, a template, or the team outbox and conflicts: a search through
   * the text rather than a parse of it, so it errs on keeping.
   */
  removeUnused(addedBefore: Date): number {
    const used = new Set<string>();
    const sources = [
      'SELECT body_json AS text, body_packed AS packed FROM briefings',
      'SELECT body_json AS text, body_packed AS packed FROM revisions',
      'SELECT definition_json AS text, NULL AS packed FROM templates',
      ...(this.hasTable('team_outbox') ? ['SELECT content_json AS text, NULL AS packed FROM team_outbox'] : []),
      ...(this.hasTable('team_conflicts') ? ["SELECT mine_json || ' ' || coalesce(theirs_json, '') AS text, NULL AS packed FROM team_conflicts"] : []),
    ];
    for (const sql of sources) {
      for (const row of this.database.prepare<[], { text: string; packed: Buffer | null }>(sql).iterate()) {
        // A packed body (see body-codec.ts) is searched unpacked, and so is one queued for the team server as hex.
        // One that cannot be unpacked may refer to any picture: then nothing is removed.
        let texts: string[];
        try {
          texts = [unpackBody({ body_json: row.text, body_packed: row.packed })];
          for (const queued of row.text.matchAll(/"packedBody":"([0-9A-F]*)"/gu)) {
            texts.push(unpackBody({ body_json: '', body_packed: Buffer.from(queued[1] ?? '', 'hex') }));
          }
        } catch {
          return 0;
        }
        for (const text of texts) for (const found of text.matchAll(/[0-9a-f]{64}/gu)) used.add(found[0]);
      }
    }
    const remove = this.database.prepare<[string]>('DELETE FROM images WHERE hash = ?');
    const candidates = this.database.prepare<[string], { hash: string }>('SELECT hash FROM images WHERE added_at < ?').all(addedBefore.toISOString());
    const unused = candidates.filter(({ hash }) => !used.has(hash));
    this.database.transaction(() => {
      for (const { hash } of unused) remove.run(hash);
    }).immediate();
    return unused.length;
  }

  private hasTable(name: string): boolean {
    return this.database.prepare<[string], { found: number }>("SELECT count(*) AS found FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)?.found === 1;
  }
}
