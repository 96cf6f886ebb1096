import { deflateSync } from 'node:zlib';

// Chromium's Skia writes PDF 1.4: each of a tagged 100-page PDF's ~6,000
// structure elements, pages and font dictionaries is a plain, uncompressed
// `N 0 obj … endobj` (about 720 KiB of 1,300). PDF 1.5 packs such objects
// into deflated object streams (`/Type /ObjStm`) indexed by a cross-reference
// stream, which takes them to about a seventh. pdf-lib's re-save does this
// in about a second and qpdf's in about a quarter (see docs/performance.md,
// "Where the PDF's bytes go"); this is one linear pass over the layout Skia
// writes, in tens of milliseconds.
//
// It is strict on purpose: it rewrites only a file it reads completely — one
// header, objects that follow one another with nothing but white space
// between them, each where the cross-reference table says, one classic
// cross-reference table and trailer at the end — and gives back the original
// bytes for anything else (an incremental update, encryption, an object it
// cannot delimit, a damaged table), never a damaged PDF. Object numbers are
// kept, so no reference inside an object changes; streams (page content,
// fonts, pictures) are copied byte for byte.

/** Objects an object stream holds: big enough to compress well, small enough that a viewer reading one object inflates little. */
const objectsPerStream = 200;

const newline = Uint8Array.of(0x0a);

/** Why a PDF was left as it was. */
export class PdfNotRewritten extends Error {}

/** A PDF with its plain objects packed into object streams, or the same bytes when the file is not the shape this reads. */
export function packPdfObjects(pdf: Uint8Array): Uint8Array {
  try {
    return rewrite(pdf);
  } catch {
    return pdf;
  }
}

/** As `packPdfObjects`, but throws `PdfNotRewritten` saying what it did not accept. */
export function rewriteWithObjectStreams(pdf: Uint8Array): Uint8Array {
  return rewrite(pdf);
}

interface PlainObject {
  number: number;
  /** The object's value, without `N 0 obj` and `endobj`. */
  start: number;
  end: number;
}

interface StreamObject {
  number: number;
  /** From `N 0 obj` to the end of `endobj`, copied as it is. */
  start: number;
  end: number;
}

function refuse(reason: string): never {
  throw new PdfNotRewritten(reason);
}

// Character classes of PDF's syntax (ISO 32000-1, 7.2.2), looked up by byte: the reader's loops run over every byte
// of ~700 KiB, mostly before V8 has optimised them, where a table costs less than a call.
const space = 1;
const delimiter = 2;
const regular = 4;
const numeric = 8;
const hexDigit = 16;
const characterClass = new Uint8Array(256).fill(regular);
for (const code of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00]) characterClass[code] = space;
for (const character of '()<>[]{}/%') characterClass[character.charCodeAt(0)] = delimiter;
for (const character of '0123456789+-.') characterClass[character.charCodeAt(0)] = regular | numeric;
for (const character of '0123456789abcdefABCDEF') characterClass[character.charCodeAt(0)] = (characterClass[character.charCodeAt(0)] ?? 0) | hexDigit;
/** The class of the character at `at`; past the end of the text, a space. */
const classAt = (text: string, at: number): number => characterClass[text.charCodeAt(at) & 0xff] ?? space;
const isRegular = (code: number): boolean => ((characterClass[code & 0xff] ?? space) & regular) !== 0 && !Number.isNaN(code);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** A reader of one PDF's text (bytes as latin1, one character a byte) that never reads past `limit`. */
class Syntax {
  constructor(
    readonly text: string,
    public limit: number,
  ) {}

  /** Skips white space and comments. */
  space(at: number): number {
    const { text, limit } = this;
    let index = at;
    while (index < limit) {
      const code = text.charCodeAt(index);
      if (characterClass[code] === space) index += 1;
      else if (code === 0x25) {
        while (index < limit && text.charCodeAt(index) !== 0x0a && text.charCodeAt(index) !== 0x0d) index += 1;
      } else break;
    }
    return index;
  }

  /** The end of the bare word (number or keyword) at `at`. */
  word(at: number): number {
    const { text, limit } = this;
    let index = at;
    while (index < limit && ((characterClass[text.charCodeAt(index)] ?? 0) & regular) !== 0) index += 1;
    return index;
  }

  /** Whether `from`…`to` is an unsigned integer. */
  integer(from: number, to: number): boolean {
    if (from === to) return false;
    for (let index = from; index < to; index += 1) if (!isDigit(this.text.charCodeAt(index))) return false;
    return true;
  }

  /** The end of the one object (without a reference's `0 R`) that starts at `at`. */
  object(at: number): number {
    const { text } = this;
    if (at >= this.limit) refuse('an object runs past its end');
    const code = text.charCodeAt(at);
    if (code === 0x3c && text.charCodeAt(at + 1) === 0x3c) {
      let index = at + 2;
      for (;;) {
        index = this.space(index);
        if (index >= this.limit) refuse('a dictionary does not end');
        if (text.charCodeAt(index) === 0x3e && text.charCodeAt(index + 1) === 0x3e) return index + 2;
        index = this.object(index);
      }
    }
    if (code === 0x3c) {
      let index = at + 1;
      while (index < this.limit && text.charCodeAt(index) !== 0x3e) {
        if ((classAt(text, index) & (hexDigit | space)) === 0) refuse('a hex string holds something else');
        index += 1;
      }
      if (index >= this.limit) refuse('a hex string does not end');
      return index + 1;
    }
    if (code === 0x5b) {
      let index = at + 1;
      for (;;) {
        index = this.space(index);
        if (index >= this.limit) refuse('an array does not end');
        if (text.charCodeAt(index) === 0x5d) return index + 1;
        index = this.object(index);
      }
    }
    if (code === 0x28) {
      let depth = 1;
      let index = at + 1;
      while (index < this.limit) {
        const inner = text.charCodeAt(index);
        if (inner === 0x5c) index += 2;
        else {
          if (inner === 0x28) depth += 1;
          else if (inner === 0x29 && (depth -= 1) === 0) return index + 1;
          index += 1;
        }
      }
      refuse('a string does not end');
    }
    if (code === 0x2f) return this.word(at + 1);
    // A bare word: a number, true, false, null or the R of a reference; anything else (a keyword such as endobj or
    // stream inside a dictionary) means the object is not what it seems.
    const end = this.word(at);
    if ((classAt(text, at) & numeric) !== 0) {
      for (let index = at; index < end; index += 1) if ((classAt(text, index) & numeric) === 0) refuse('a number holds something else');
      return end;
    }
    const length = end - at;
    if ((length === 1 && code === 0x52) || (length === 4 && (text.startsWith('true', at) || text.startsWith('null', at))) || (length === 5 && text.startsWith('false', at))) return end;
    return refuse(`unexpected ${JSON.stringify(text.slice(at, Math.max(end, at + 1)))}`);
  }

  /** The end of one value: an object, or a reference `N G R`. */
  value(at: number): number {
    const end = this.object(at);
    if (!this.integer(at, end)) return end;
    const generation = this.space(end);
    const generationEnd = this.word(generation);
    if (!this.integer(generation, generationEnd)) return end;
    const r = this.space(generationEnd);
    return r < this.limit && this.text.charCodeAt(r) === 0x52 && !isRegular(this.text.charCodeAt(r + 1)) ? r + 1 : end;
  }

  /** The entries of the dictionary at `at`, each key (without its slash) with its value's text. */
  entries(at: number): Map<string, string> {
    if (!this.text.startsWith('<<', at)) refuse('a dictionary was expected');
    const entries = new Map<string, string>();
    let index = at + 2;
    for (;;) {
      index = this.space(index);
      if (index >= this.limit) refuse('a dictionary does not end');
      if (this.text.startsWith('>>', index)) return entries;
      if (this.text.charCodeAt(index) !== 0x2f) refuse('a dictionary key is not a name');
      const keyEnd = this.word(index + 1);
      const key = this.text.slice(index + 1, keyEnd);
      const valueStart = this.space(keyEnd);
      index = this.value(valueStart);
      entries.set(key, this.text.slice(valueStart, index));
    }
  }
}

/** The cross-reference table at `at` (one section, from object 0) and the trailer after it, ending where `startxref` starts. */
function readCrossReferences(syntax: Syntax, at: number, startxref: number): { offsets: (number | null)[]; trailer: Map<string, string> } {
  const { text } = syntax;
  const head = /xref\r?\n0 (\d+)\r?\n/uy;
  head.lastIndex = at;
  const match = head.exec(text);
  if (!match?.[1]) refuse('no cross-reference table where startxref points');
  const count = Number(match[1]);
  const entriesAt = at + match[0].length;
  const offsets: (number | null)[] = [];
  const entry = /(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)/uy;
  for (let number = 0; number < count; number += 1) {
    entry.lastIndex = entriesAt + number * 20;
    const fields = entry.exec(text);
    if (!fields) refuse(`cross-reference entry ${number} is not 20 bytes of offset, generation and type`);
    if (fields[3] === 'f') {
      if (number === 0 && fields[2] !== '65535') refuse('object 0 is not the head of the free list');
      offsets.push(null);
    } else {
      if (number === 0) refuse('object 0 is in use');
      if (fields[2] !== '00000') refuse(`object ${number} has a generation other than 0`);
      offsets.push(Number(fields[1]));
    }
  }
  const trailerAt = syntax.space(entriesAt + count * 20);
  if (!text.startsWith('trailer', trailerAt)) refuse('no trailer after the cross-reference table');
  const dictionaryAt = syntax.space(trailerAt + 'trailer'.length);
  syntax.limit = startxref;
  const trailer = syntax.entries(dictionaryAt);
  if (syntax.space(syntax.object(dictionaryAt)) !== startxref) refuse('something between the trailer and startxref');
  if (trailer.get('Size') !== String(count)) refuse("the trailer's /Size is not the table's length");
  for (const key of trailer.keys()) {
    // /Prev is an incremental update, /Encrypt an encrypted file, /XRefStm a hybrid file: none is rewritten.
    if (!['Size', 'Root', 'Info', 'ID'].includes(key)) refuse(`the trailer has /${key}`);
  }
  if (!/^\d+\s+0\s+R$/u.test(trailer.get('Root') ?? '')) refuse('the trailer has no /Root reference');
  return { offsets, trailer };
}

/** Reads every object where the table says it is, each ending where the next begins. */
function readObjects(syntax: Syntax, offsets: (number | null)[], bodyStart: number, tableAt: number): { plain: PlainObject[]; streams: StreamObject[] } {
  const { text } = syntax;
  const inUse = offsets.flatMap((offset, number) => (offset === null ? [] : [{ number, offset }])).sort((a, b) => a.offset - b.offset);
  if (inUse.length === 0) refuse('no objects');
  if (syntax.space(bodyStart) !== inUse[0]?.offset) refuse('something before the first object');
  const plain: PlainObject[] = [];
  const streams: StreamObject[] = [];
  const lengths: { object: StreamObject; dataStart: number; length: string }[] = [];
  const objectHead = /(\d+) 0 obj/uy;
  inUse.forEach(({ number, offset }, index) => {
    const end = inUse[index + 1]?.offset ?? tableAt;
    if (end <= offset) refuse(`object ${number} shares its offset`);
    syntax.limit = end;
    objectHead.lastIndex = offset;
    const head = objectHead.exec(text);
    if (head?.[1] !== String(number)) refuse(`object ${number} is not where the table says`);
    const valueStart = syntax.space(offset + head[0].length);
    const valueEnd = syntax.value(valueStart);
    const after = syntax.space(valueEnd);
    if (text.startsWith('endobj', after) && !isRegular(text.charCodeAt(after + 6))) {
      if (syntax.space(after + 6) !== end) refuse(`something after object ${number}`);
      plain.push({ number, start: valueStart, end: valueEnd });
      return;
    }
    if (!text.startsWith('stream', after) || !text.startsWith('<<', valueStart)) refuse(`object ${number} is neither a value nor a stream`);
    const eol = text.startsWith('\r\n', after + 6) ? 2 : text.charCodeAt(after + 6) === 0x0a ? 1 : refuse(`object ${number}'s stream keyword has no end of line`);
    const length = syntax.entries(valueStart).get('Length');
    if (length === undefined) refuse(`stream ${number} has no /Length`);
    const object = { number, start: offset, end };
    streams.push(object);
    lengths.push({ object, dataStart: after + 6 + eol, length });
  });
  // A stream's /Length may be a reference to a plain object holding the number.
  const values = new Map(plain.map((object) => [object.number, text.slice(object.start, object.end)]));
  for (const { object, dataStart, length } of lengths) {
    const reference = /^(\d+)\s+0\s+R$/u.exec(length);
    const bytes = reference ? values.get(Number(reference[1])) : length;
    if (bytes === undefined || !/^\d+$/u.test(bytes)) refuse(`stream ${object.number}'s /Length is not a number`);
    syntax.limit = object.end;
    let index = dataStart + Number(bytes);
    if (text.startsWith('\r\n', index)) index += 2;
    else if (text.charCodeAt(index) === 0x0a || text.charCodeAt(index) === 0x0d) index += 1;
    if (!text.startsWith('endstream', index)) refuse(`stream ${object.number} does not end after its /Length`);
    const endobj = syntax.space(index + 'endstream'.length);
    if (!text.startsWith('endobj', endobj) || syntax.space(endobj + 6) !== object.end) refuse(`something after stream ${object.number}`);
    object.end = endobj + 6;
  }
  return { plain, streams };
}

/** The whole file, read; throws `PdfNotRewritten` for anything it does not expect. */
function rewrite(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const syntax = new Syntax(text, text.length);
  const header = /%PDF-1\.(\d)\r?\n((?:%[^\r\n]*\r?\n)*)/uy.exec(text);
  if (!header?.[1]) refuse('no PDF 1.x header');
  const tailStart = Math.max(0, text.length - 64);
  const tail = /startxref\r?\n(\d+)\r?\n%%EOF[\r\n]*$/u.exec(text.slice(tailStart));
  if (!tail?.[1]) refuse('the file does not end with startxref and %%EOF');
  const startxref = tailStart + tail.index;
  const tableAt = Number(tail[1]);
  if (tableAt >= startxref) refuse('startxref points past itself');
  const { offsets, trailer } = readCrossReferences(syntax, tableAt, startxref);
  const { plain, streams } = readObjects(syntax, offsets, header[0].length, tableAt);

  const parts: Uint8Array[] = [];
  let written = 0;
  const write = (part: Uint8Array | string): void => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    written += bytes.length;
  };
  // Where each object now is: [1, offset] for one at the top level, [2, stream, index] for one inside an object stream.
  const size = offsets.length;
  const streamCount = Math.ceil(plain.length / objectsPerStream);
  const xrefNumber = size + streamCount;
  const kinds = new Uint8Array(xrefNumber + 1);
  const fields = new Float64Array(xrefNumber + 1);
  const indices = new Uint16Array(xrefNumber + 1);
  kinds[0] = 0;
  indices[0] = 65535;

  // Object streams need PDF 1.5; the binary comment line(s) after the header stay.
  write(`%PDF-1.${Math.max(5, Number(header[1]))}\n${header[2] ?? ''}`);
  for (const stream of streams) {
    kinds[stream.number] = 1;
    fields[stream.number] = written;
    write(pdf.subarray(stream.start, stream.end));
    write('\n');
  }
  for (let chunk = 0; chunk < streamCount; chunk += 1) {
    const number = size + chunk;
    const members = plain.slice(chunk * objectsPerStream, (chunk + 1) * objectsPerStream);
    let index = '';
    const bodies: Uint8Array[] = [];
    let bodyLength = 0;
    members.forEach((member, position) => {
      kinds[member.number] = 2;
      fields[member.number] = number;
      indices[member.number] = position;
      index += `${member.number} ${bodyLength} `;
      bodies.push(pdf.subarray(member.start, member.end), newline);
      bodyLength += member.end - member.start + 1;
    });
    const data = deflateSync(Buffer.concat([Buffer.from(index, 'latin1'), ...bodies]));
    kinds[number] = 1;
    fields[number] = written;
    write(`${number} 0 obj\n<</Type /ObjStm /N ${members.length} /First ${index.length} /Filter /FlateDecode /Length ${data.length}>> stream\n`);
    write(data);
    write('\nendstream\nendobj\n');
  }

  if (written >= 2 ** 32) refuse('too large for 4-byte offsets');
  // The cross-reference stream, with PNG "Up" prediction: rows of 1 + 4 + 2 bytes differ little from the row above.
  kinds[xrefNumber] = 1;
  fields[xrefNumber] = written;
  const rows = xrefNumber + 1;
  const width = 7;
  const table = Buffer.alloc(rows * width);
  for (let number = 0; number < rows; number += 1) {
    const row = number * width;
    table[row] = kinds[number] ?? 0;
    table.writeUInt32BE(fields[number] ?? 0, row + 1);
    table.writeUInt16BE(indices[number] ?? 0, row + 5);
  }
  const predicted = Buffer.alloc(rows * (width + 1));
  for (let number = 0; number < rows; number += 1) {
    predicted[number * (width + 1)] = 2;
    for (let column = 0; column < width; column += 1) {
      const above = number === 0 ? 0 : (table[(number - 1) * width + column] ?? 0);
      predicted[number * (width + 1) + 1 + column] = ((table[number * width + column] ?? 0) - above) & 0xff;
    }
  }
  const xref = deflateSync(predicted);
  const kept = ['Root', 'Info', 'ID'].flatMap((key) => (trailer.has(key) ? [`/${key} ${trailer.get(key) ?? ''}`] : []));
  write(
    `${xrefNumber} 0 obj\n<</Type /XRef /Size ${rows} /W [1 4 2] ${kept.join(' ')} /Filter /FlateDecode /DecodeParms <</Columns ${width} /Predictor 12>> /Length ${xref.length}>> stream\n`,
  );
  write(xref);
  write(`\nendstream\nendobj\nstartxref\n${fields[xrefNumber]}\n%%EOF\n`);
  return Buffer.concat(parts, written);
}
