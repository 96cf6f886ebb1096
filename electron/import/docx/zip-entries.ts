import { Inflate } from 'fflate';

/**
 * Why a zip was refused: `damaged` (not a sound zip), `lying` (its directory
 * disagrees with its contents: sizes, shared or overlapping data, names) or
 * `too-large` (it holds or claims more than `limits` allow).
 */
export class ZipRefusal extends Error {
  constructor(
    readonly kind: 'damaged' | 'lying' | 'too-large' | 'unsupported',
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipRefusal';
  }
}

export interface ZipLimits {
  maxEntries: number;
  /** Most bytes all entries may inflate to together. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio of an entry of at least `ratioCheckFromBytes`. */
  maxRatio: number;
  ratioCheckFromBytes: number;
}

interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
const damaged = (detail: string) => new ZipRefusal('damaged', detail);
const lying = (detail: string) => new ZipRefusal('lying', detail);

/** The end-of-central-directory record: searched from the end, past a comment of up to 64 KB. */
function findEndRecord(bytes: Uint8Array): number {
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at -= 1) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  throw damaged('no end of central directory');
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): { entries: DirectoryEntry[]; directoryStart: number } {
  const end = findEndRecord(bytes);
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryStart = u32(bytes, end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff) throw new ZipRefusal('unsupported', 'a ZIP64 archive');
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== count) throw new ZipRefusal('unsupported', 'a multi-part archive');
  if (count > limits.maxEntries) throw new ZipRefusal('too-large', `${count} entries`);
  if (directoryStart + directorySize > end) throw damaged('the central directory runs past its end record');
  const entries: DirectoryEntry[] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw damaged('a central directory entry is missing');
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw damaged('a central directory entry runs past the directory');
    const entry: DirectoryEntry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ZipRefusal('unsupported', 'a ZIP64 entry');
    }
    entries.push(entry);
    at = next;
  }
  return { entries, directoryStart };
}

/** Inflates `data` to exactly `size` bytes, stopping as soon as it would give more: the directory's size is a claim, the output is the fact. */
function inflateExactly(name: string, data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const output = new Uint8Array(size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.byteLength > size) throw lying(`${name} inflates to more than the ${size} bytes its directory entry says`);
    output.set(chunk, written);
    written += chunk.byteLength;
    if (final) ended = true;
  });
  // Small steps, so a stream that lies is caught after at most about 16 MB of output (deflate's ratio is at most 1032:1).
  const step = 16 * 1024;
  try {
    for (let at = 0; at < data.byteLength; at += step) inflater.push(data.subarray(at, Math.min(at + step, data.byteLength)), at + step >= data.byteLength);
    if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    throw damaged(`${name} is not a valid deflate stream`);
  }
  if (!ended || written !== size) throw lying(`${name} inflates to ${written} bytes, not the ${size} its directory entry says`);
  return output;
}

/**
 * The entries of a zip, read from its central directory and checked against
 * the file before anything is inflated: every entry's local header is where
 * the directory says and names the same file, no two entries share or
 * overlap their data, sizes and counts are within `limits`. Each entry is
 * then inflated with a limit on its actual output, which must be exactly
 * the size the directory claims. Throws a `ZipRefusal` saying which check failed.
 */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits): Record<string, Uint8Array<ArrayBuffer>> {
  const { entries, directoryStart } = readDirectory(bytes, limits);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size >= limits.ratioCheckFromBytes && entry.size > entry.compressedSize * limits.maxRatio) {
      throw new ZipRefusal('too-large', `${entry.name} claims a ratio over ${limits.maxRatio}`);
    }
  }
  if (total > limits.maxTotalBytes) throw new ZipRefusal('too-large', `${total} bytes in all`);

  // Each entry's data where its local header says, in order of offset: no two may share or overlap.
  const located = entries
    .map((entry) => {
      const at = entry.localOffset;
      if (at + 30 > directoryStart || u32(bytes, at) !== 0x04034b50) throw lying(`${entry.name} has no local header at its offset`);
      const nameLength = u16(bytes, at + 26);
      const localName = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
      if (localName !== entry.name) throw lying(`the local header at ${entry.name}'s offset names ${localName}`);
      const dataStart = at + 30 + nameLength + u16(bytes, at + 28);
      const dataEnd = dataStart + entry.compressedSize;
      if (dataEnd > directoryStart) throw lying(`${entry.name}'s data runs into the central directory`);
      return { entry, dataStart, dataEnd };
    })
    .sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  for (let index = 1; index < located.length; index += 1) {
    const previous = located[index - 1];
    const current = located[index];
    if (previous && current && current.entry.localOffset < previous.dataEnd) {
      throw lying(`${current.entry.name} shares its data with ${previous.entry.name}`);
    }
  }

  const parts: Record<string, Uint8Array<ArrayBuffer>> = Object.create(null) as Record<string, Uint8Array<ArrayBuffer>>;
  for (const { entry, dataStart, dataEnd } of located) {
    if (entry.flags & 0x1) throw new ZipRefusal('unsupported', `${entry.name} is encrypted`);
    if (Object.hasOwn(parts, entry.name)) throw lying(`${entry.name} appears twice`);
    const data = bytes.subarray(dataStart, dataEnd);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw lying(`${entry.name} is stored with two different sizes`);
      parts[entry.name] = data.slice();
    } else if (entry.method === 8) {
      parts[entry.name] = inflateExactly(entry.name, data, entry.size);
    } else {
      throw new ZipRefusal('unsupported', `${entry.name} uses compression method ${entry.method}`);
    }
  }
  return parts;
}
