import { inflateSync } from 'node:zlib';

/**
 * Where a PDF's bytes go, by kind of object: page content streams, the tagged structure (StructElem objects, the
 * accessibility tree), embedded font programs and font dictionaries, and the rest. It reads the file's own
 * `N 0 obj … endobj` layout; the objects packed into an object stream (PDF 1.5, as our export and LibreOffice write
 * them) are classified one by one, each counted with its share of the stream's compressed bytes. "object streams"
 * is what could not be looked into.
 */
export interface PdfBytes {
  content: number;
  structure: number;
  fonts: number;
  objectStreams: number;
  /** The cross-reference table and trailer (20 bytes an object in a PDF 1.4 file), or the cross-reference stream. */
  crossReference: number;
  other: number;
  total: number;
  objects: number;
}

export function pdfBytes(pdf: Uint8Array): PdfBytes {
  const text = Buffer.from(pdf).toString('latin1');
  const starts = [...text.matchAll(/(?:^|\n)(\d+) 0 obj\b/gu)].map((match) => match.index + (match[0].startsWith('\n') ? 1 : 0));
  const result: PdfBytes = { content: 0, structure: 0, fonts: 0, objectStreams: 0, crossReference: 0, other: 0, total: pdf.length, objects: starts.length };
  // The last object ends where a classic cross-reference table begins; the table and trailer are counted apart.
  const table = text.lastIndexOf('\nxref');
  const objectsEnd = table > (starts.at(-1) ?? text.length) ? table + 1 : text.length;
  result.crossReference += text.length - objectsEnd;
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? objectsEnd;
    const size = end - start;
    const head = text.slice(start, Math.min(end, start + 400));
    const isStream = /\bstream\r?\n/u.test(head);
    if (/\/Type\s*\/ObjStm\b/u.test(head)) {
      const packed = packedObjects(text.slice(start, end));
      if (!packed) result.objectStreams += size;
      const total = packed?.reduce((sum, object) => sum + object.length, 0) ?? 0;
      for (const object of packed ?? []) result[kindOf(object, false)] += (size * object.length) / total;
    } else if (/\/Type\s*\/XRef\b/u.test(head)) result.crossReference += size;
    else result[kindOf(head, isStream)] += size;
  });
  return result;
}

/** The kind of one object, from its first few hundred bytes. */
function kindOf(head: string, isStream: boolean): 'content' | 'structure' | 'fonts' | 'other' {
  if (/\/Type\s*\/StructElem\b/u.test(head) || (/\/S\s*\/\w+/u.test(head) && /\/P\s+\d+ 0 R/u.test(head) && !isStream)) return 'structure';
  if (/\/Length1\b|\/Length2\b|\/Subtype\s*\/(?:CIDFontType0C|OpenType|Type1C)\b|\/Type\s*\/(?:Font|FontDescriptor)\b/u.test(head)) return 'fonts';
  if (isStream && !/\/Type\s*\/|\/Subtype\s*\//u.test(head.slice(0, 200))) return 'content';
  return 'other';
}

/** The objects inside one deflated object stream (`N 0 obj <</Type /ObjStm /N n /First f …>> stream … endstream`), or null. */
function packedObjects(object: string): string[] | null {
  const first = Number(/\/First\s+(\d+)/u.exec(object)?.[1]);
  const data = /\/FlateDecode[^]*?>>\s*stream\r?\n/u.exec(object);
  if (!data || !Number.isFinite(first)) return null;
  try {
    const from = data.index + data[0].length;
    const inflated = inflateSync(Buffer.from(object.slice(from, object.lastIndexOf('endstream')), 'latin1')).toString('latin1');
    const offsets = inflated.slice(0, first).trim().split(/\s+/u).map(Number).filter((_, index) => index % 2 === 1);
    return offsets.map((offset, index) => inflated.slice(first + offset, first + (offsets[index + 1] ?? inflated.length - first)));
  } catch {
    return null;
  }
}

/** Counts Skia's per-glyph moves in the inflated content streams: the cost of positions that differ from the font's advances. */
export async function pdfGlyphMoves(pdf: Uint8Array): Promise<{ moves: number; shows: number }> {
  const text = Buffer.from(pdf).toString('latin1');
  let moves = 0;
  let shows = 0;
  for (const match of text.matchAll(/\/FlateDecode[^>]*>>\s*stream\r?\n/gu)) {
    const from = match.index + match[0].length;
    const to = text.indexOf('endstream', from);
    try {
      const content = inflateSync(Buffer.from(text.slice(from, to), 'latin1')).toString('latin1');
      moves += content.match(/ Td /gu)?.length ?? 0;
      shows += content.match(/> Tj/gu)?.length ?? 0;
    } catch {
      // not a deflated stream of ours (a font program with a damaged tail, say): not counted
    }
  }
  return { moves, shows };
}
