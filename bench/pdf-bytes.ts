/**
 * Where a PDF's bytes go, by kind of object: page content streams, the tagged structure (StructElem objects, the
 * accessibility tree), embedded font programs and font dictionaries, and the rest. It reads the file's own
 * `N 0 obj … endobj` layout, which Chromium's Skia writes without object streams (PDF 1.4); objects packed into
 * object streams, as LibreOffice may write them, count under "object streams".
 */
export interface PdfBytes {
  content: number;
  structure: number;
  fonts: number;
  objectStreams: number;
  other: number;
  total: number;
  objects: number;
}

export function pdfBytes(pdf: Uint8Array): PdfBytes {
  const text = Buffer.from(pdf).toString('latin1');
  const starts = [...text.matchAll(/(?:^|\n)(\d+) 0 obj\b/gu)].map((match) => match.index + (match[0].startsWith('\n') ? 1 : 0));
  const result: PdfBytes = { content: 0, structure: 0, fonts: 0, objectStreams: 0, other: 0, total: pdf.length, objects: starts.length };
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? text.length;
    const size = end - start;
    const head = text.slice(start, Math.min(end, start + 400));
    const isStream = /\bstream\r?\n/u.test(head);
    if (/\/Type\s*\/StructElem\b/u.test(head) || (/\/S\s*\/\w+/u.test(head) && /\/P\s+\d+ 0 R/u.test(head) && !isStream)) result.structure += size;
    else if (/\/Type\s*\/ObjStm\b/u.test(head)) result.objectStreams += size;
    else if (/\/Length1\b|\/Length2\b|\/Subtype\s*\/(?:CIDFontType0C|OpenType|Type1C)\b|\/Type\s*\/(?:Font|FontDescriptor)\b/u.test(head)) result.fonts += size;
    else if (isStream && !/\/Type\s*\/|\/Subtype\s*\//u.test(head.slice(0, 200))) result.content += size;
    else result.other += size;
  });
  return result;
}

/** Counts Skia's per-glyph moves in the inflated content streams: the cost of positions that differ from the font's advances. */
export async function pdfGlyphMoves(pdf: Uint8Array): Promise<{ moves: number; shows: number }> {
  const { inflateSync } = await import('node:zlib');
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
