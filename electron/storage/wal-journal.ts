import { existsSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';

/**
 * What the library's write-ahead log (`-wal`) and its index (`-shm`) say
 * about saves that were committed but not yet copied into the main file:
 * - `clean`: nothing of the kind, or SQLite will read all of it back;
 * - `missing`: the index lists committed saves, but the log holding them is
 *   gone or is another log (deleted, or replaced by a sync tool);
 * - `damaged`: the log holds committed saves after a part SQLite cannot
 *   read, so SQLite will silently stop before them.
 *
 * SQLite itself cannot tell: it reads the log up to the first frame whose
 * checksum fails and resets a stale index, and opens the older state
 * without a word. Reading the bytes first lets the app say so.
 */
export type JournalState = 'clean' | 'missing' | 'damaged';

const walHeaderBytes = 32;
const frameHeaderBytes = 24;
const walFormatVersion = 3_007_000;
const shmHeaderBytes = 48;
const shmBackfillOffset = 96;

function isPageSize(size: number): boolean {
  return size >= 512 && size <= 65_536 && (size & (size - 1)) === 0;
}

/** SQLite's WAL checksum (wal.c, walChecksumBytes) over `bytes`, continuing from `seed`. */
function walChecksum(bytes: Uint8Array, bigEndian: boolean, seed: readonly [number, number]): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let [s1, s2] = seed;
  for (let offset = 0; offset + 8 <= bytes.byteLength; offset += 8) {
    s1 = (s1 + view.getUint32(offset, !bigEndian) + s2) >>> 0;
    s2 = (s2 + view.getUint32(offset + 4, !bigEndian) + s1) >>> 0;
  }
  return [s1, s2];
}

interface WalLog {
  /** Salt bytes of the log's current generation, as its frames and the index carry them. */
  salt: Buffer;
  pageSize: number;
  /** Frames SQLite reads back: up to the last commit frame before the first frame it cannot read. */
  readableFrames: number;
  /** A commit frame of this generation lies beyond `readableFrames`: committed saves SQLite will drop. */
  commitsBeyondReadable: boolean;
}

/** Reads a `-wal` file as SQLite's recovery does (wal.c, walIndexRecover). */
function readWal(wal: Buffer): WalLog | undefined {
  if (wal.byteLength < walHeaderBytes) return undefined;
  const magic = wal.readUInt32BE(0);
  const pageSize = wal.readUInt32BE(8);
  const headerValid =
    (magic & 0xfffffffe) === 0x377f0682 &&
    wal.readUInt32BE(4) === walFormatVersion &&
    isPageSize(pageSize) &&
    walChecksum(wal.subarray(0, 24), (magic & 1) === 1, [0, 0]).every((sum, index) => sum === wal.readUInt32BE(24 + index * 4));
  const frameBytes = frameHeaderBytes + (isPageSize(pageSize) ? pageSize : 0);
  const frameCount = isPageSize(pageSize) ? Math.floor((wal.byteLength - walHeaderBytes) / frameBytes) : 0;
  const salt = wal.subarray(16, 24);
  const frameAt = (index: number) => wal.subarray(walHeaderBytes + index * frameBytes, walHeaderBytes + (index + 1) * frameBytes);
  const isCommitOf = (frame: Buffer, generation: Buffer) => frame.readUInt32BE(4) !== 0 && frame.subarray(8, 16).equals(generation);

  if (!headerValid) {
    // SQLite ignores the whole log. Lost saves show as commit frames agreeing on one salt among themselves.
    const first = frameCount > 0 ? frameAt(0).subarray(8, 16) : undefined;
    const commits = first !== undefined && Array.from({ length: frameCount }, (_, index) => frameAt(index)).some((frame) => isCommitOf(frame, first));
    return { salt: first ?? salt, pageSize, readableFrames: 0, commitsBeyondReadable: commits };
  }

  const bigEndian = (magic & 1) === 1;
  let checksum: [number, number] = [wal.readUInt32BE(24), wal.readUInt32BE(28)];
  let readableFrames = 0;
  let frame = 0;
  for (; frame < frameCount; frame += 1) {
    const bytes = frameAt(frame);
    if (!bytes.subarray(8, 16).equals(salt) || bytes.readUInt32BE(0) === 0) break;
    checksum = walChecksum(bytes.subarray(0, 8), bigEndian, checksum);
    checksum = walChecksum(bytes.subarray(frameHeaderBytes), bigEndian, checksum);
    if (checksum[0] !== bytes.readUInt32BE(16) || checksum[1] !== bytes.readUInt32BE(20)) break;
    if (bytes.readUInt32BE(4) !== 0) readableFrames = frame + 1;
  }
  let commitsBeyondReadable = false;
  for (let later = frame + 1; later < frameCount && !commitsBeyondReadable; later += 1) commitsBeyondReadable = isCommitOf(frameAt(later), salt);
  return { salt, pageSize, readableFrames, commitsBeyondReadable };
}

interface WalIndex {
  salt: Buffer;
  /** The last committed frame, and how many of the frames are already in the main file. */
  lastCommittedFrame: number;
  checkpointedFrames: number;
}

/** Reads the header of a `-shm` file (wal.c, WalIndexHdr and WalCkptInfo): native byte order, stored twice. */
function readWalIndex(shm: Buffer): WalIndex | undefined {
  if (shm.byteLength < shmBackfillOffset + 4) return undefined;
  const header = shm.subarray(0, shmHeaderBytes);
  if (!header.equals(shm.subarray(shmHeaderBytes, 2 * shmHeaderBytes))) return undefined;
  const littleEndian = endianness() === 'LE';
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const sum = walChecksum(header.subarray(0, 40), !littleEndian, [0, 0]);
  if (view.getUint32(0, littleEndian) !== walFormatVersion || header[12] !== 1) return undefined;
  if (sum[0] !== view.getUint32(40, littleEndian) || sum[1] !== view.getUint32(44, littleEndian)) return undefined;
  return {
    salt: header.subarray(32, 40),
    lastCommittedFrame: view.getUint32(16, littleEndian),
    checkpointedFrames: new DataView(shm.buffer, shm.byteOffset, shm.byteLength).getUint32(shmBackfillOffset, littleEndian),
  };
}

/** {@link JournalState} from the bytes of a library's `-wal` and `-shm` files (`undefined`: the file does not exist). */
export function journalState(wal: Buffer | undefined, shm: Buffer | undefined): JournalState {
  const log = wal === undefined ? undefined : readWal(wal);
  if (log?.commitsBeyondReadable) return 'damaged';
  const index = shm === undefined ? undefined : readWalIndex(shm);
  if (!index || index.lastCommittedFrame <= index.checkpointedFrames) return 'clean';
  // The index lists committed frames not yet in the main file: the log must hold them, in the same generation.
  if (!log || log.readableFrames === 0) return wal === undefined || wal.byteLength === 0 ? 'missing' : 'damaged';
  if (!log.salt.equals(index.salt)) return 'missing';
  return log.readableFrames < index.lastCommittedFrame ? 'damaged' : 'clean';
}

/** Reads the `-wal` and `-shm` files beside `libraryFile`; call before SQLite opens it (opening rewrites the index). */
export function inspectJournal(libraryFile: string): JournalState {
  const read = (suffix: string) => (existsSync(libraryFile + suffix) ? readFileSync(libraryFile + suffix) : undefined);
  try {
    return journalState(read('-wal'), read('-shm'));
  } catch {
    // Unreadable (no permission, a folder of that name): SQLite meets the same problem when it opens, and says so.
    return 'clean';
  }
}
