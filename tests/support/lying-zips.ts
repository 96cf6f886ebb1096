import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Zip files whose central directory lies about what they hold: the attacks
 * that size checks read from the directory alone let through.
 */

export const minimalDocumentXml =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>';

const u32 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
function put32(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(at, value >>> 0, true);
}

interface CentralEntry {
  /** Offset of the central directory entry. */
  at: number;
  name: string;
  localOffset: number;
  compressedSize: number;
}

/** The central directory entries of a zip fflate wrote (no comment, no ZIP64). */
export function centralEntries(zip: Uint8Array): CentralEntry[] {
  const end = zip.byteLength - 22;
  if (u32(zip, end) !== 0x06054b50) throw new Error('not a zip without a comment');
  const entries: CentralEntry[] = [];
  let at = u32(zip, end + 16);
  for (let index = 0; index < u16(zip, end + 10); index += 1) {
    const nameLength = u16(zip, at + 28);
    entries.push({ at, name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), localOffset: u32(zip, at + 42), compressedSize: u32(zip, at + 20) });
    at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
  }
  return entries;
}

/** A copy of `zip` whose directory (and local header) says entry `name` inflates to `size` bytes. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const entry = centralEntries(copy).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  put32(copy, entry.at + 24, size);
  put32(copy, entry.localOffset + 22, size);
  return copy;
}

/** A copy of `zip` whose directory says entry `name` is `size` bytes compressed (the data in the file is not changed). */
export function withDeclaredCompressedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const entry = centralEntries(copy).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  put32(copy, entry.at + 20, size);
  put32(copy, entry.localOffset + 18, size);
  return copy;
}

/** Bytes that deflate poorly, so a large part stays large in the zip (and within any ratio check). */
export function noise(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** A Word-looking zip with one more part, `word/media/blob.bin`, of `bytes`. */
export function docxWith(blob: Uint8Array, level: 0 | 6 = 6): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(minimalDocumentXml), 'word/media/blob.bin': blob }, { level });
}

/**
 * `count` directory entries, each with the same name and size as the first
 * part and all pointing at that part's one local header and data: one stream
 * read `count` times over.
 */
export function sharedOffsets(count: number, blob: Uint8Array = noise(64 * 1024)): Uint8Array {
  const entries: Zippable = { 'word/media/shared.bin': blob, 'word/document.xml': strToU8(minimalDocumentXml) };
  const zip = zipSync(entries, { level: 6 });
  const central = centralEntries(zip);
  const first = central[0];
  if (!first) throw new Error('empty zip');
  const end = zip.byteLength - 22;
  const directoryStart = u32(zip, end + 16);
  const firstLength = (central[1]?.at ?? end) - first.at;
  const copies = zip.subarray(first.at, first.at + firstLength);
  const rest = zip.subarray(first.at + firstLength, end);
  const directory = new Uint8Array(firstLength * count + rest.byteLength);
  for (let index = 0; index < count; index += 1) directory.set(copies, index * firstLength);
  directory.set(rest, firstLength * count);
  const out = new Uint8Array(directoryStart + directory.byteLength + 22);
  out.set(zip.subarray(0, directoryStart));
  out.set(directory, directoryStart);
  out.set(zip.subarray(end), directoryStart + directory.byteLength);
  const view = new DataView(out.buffer);
  const newEnd = directoryStart + directory.byteLength;
  const total = count + central.length - 1;
  view.setUint16(newEnd + 8, total, true);
  view.setUint16(newEnd + 10, total, true);
  view.setUint32(newEnd + 12, directory.byteLength, true);
  return out;
}
