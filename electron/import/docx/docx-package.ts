import { strFromU8, zipSync, type Unzipped } from 'fflate';
import { docxImportError } from './docx-import-error';
import {
  MAX_DOCX_COMPRESSION_RATIO,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_FILE_BYTES,
  MAX_DOCX_UNCOMPRESSED_BYTES,
  RATIO_CHECK_FROM_BYTES,
} from './docx-limits';
import { readZipEntries, ZipRefusal } from './zip-entries';

/** A Word file whose zip has been checked, with its parts inflated. */
export interface DocxPackage {
  /** Every part by its path in the zip (`word/document.xml`). */
  parts: Unzipped;
  /** The checked parts zipped again, for mammoth: it then reads exactly what was checked, not the original bytes. */
  checkedZip: Uint8Array;
  /** The text of a part, or `undefined` when the file has none. */
  text(name: string): string | undefined;
}

const MEGABYTE = 1024 * 1024;

/** A DOCTYPE can declare entities that read local files or expand without end (XXE, billion laughs). Word never writes one. */
const declaresEntities = (xml: string): boolean => /<!DOCTYPE|<!ENTITY/i.test(xml);

/**
 * Checks a Word file before anything parses it and inflates it: size, zip
 * structure, entry count and total inflated size (from the zip's own
 * directory, before inflating), each entry's inflate ratio, that the
 * directory tells the truth (see `readZipEntries`), that
 * `word/document.xml` is there, and that no XML part declares a DOCTYPE or
 * entities. Throws one sentence for the person on any failure.
 */
export function readDocxPackage(bytes: Uint8Array): DocxPackage {
  if (bytes.byteLength > MAX_DOCX_FILE_BYTES) {
    // One decimal, so a file just over the limit does not read as being at it.
    throw docxImportError({ id: 'import.tooLarge', values: { size: Number((bytes.byteLength / MEGABYTE).toFixed(1)), limit: MAX_DOCX_FILE_BYTES / MEGABYTE } });
  }
  // Every zip starts with a local file header "PK\3\4"; anything else is not a Word document (.doc, PDF, text).
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw docxImportError({ id: 'import.notDocx' });
  }
  let parts: Unzipped;
  try {
    parts = readZipEntries(bytes, {
      maxEntries: MAX_DOCX_ENTRIES,
      maxTotalBytes: MAX_DOCX_UNCOMPRESSED_BYTES,
      maxRatio: MAX_DOCX_COMPRESSION_RATIO,
      ratioCheckFromBytes: RATIO_CHECK_FROM_BYTES,
    });
  } catch (error) {
    if (error instanceof ZipRefusal && error.kind === 'too-large') {
      throw docxImportError({ id: 'import.zipBomb' }, error);
    }
    if (error instanceof ZipRefusal && error.kind === 'lying') {
      throw docxImportError({ id: 'import.indexMismatch' }, error);
    }
    throw docxImportError({ id: 'import.damaged' }, error);
  }
  if (!parts['word/document.xml']) {
    throw docxImportError({ id: 'import.zipNotWord' });
  }
  // Each part is decoded once, for these checks and for every reader after them (the review markers, the header and
  // footer lines, the counts of what is left out): the package's parts never change once checked.
  const texts = new Map<string, string>();
  const text = (name: string): string | undefined => {
    const known = texts.get(name);
    if (known !== undefined) return known;
    const part = parts[name];
    if (!part) return undefined;
    const decoded = strFromU8(part);
    texts.set(name, decoded);
    return decoded;
  };
  for (const name of Object.keys(parts)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    if (declaresEntities(text(name) ?? '')) {
      throw docxImportError({ id: 'import.entities' });
    }
  }
  // Level 0 (stored): a copy for mammoth in milliseconds, holding only the checked bytes.
  const checkedZip = zipSync(parts, { level: 0 });
  return { parts, checkedZip, text };
}
