import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longBriefing } from '../../bench/export-sample';
import { pdfInfo, pdfText } from '../../tests/support/pdf-tools';
import { exportDocument } from '../../shared/document/export/export-document';
import { defaultExportOptions } from '../../shared/document/export/export-options';
import { pdfPageSetup } from '../../shared/document/export/pdf-page-setup';
import { printHtml } from '../../shared/document/export/print-html';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createChromiumPdfPrinter } from '../cli/chromium-pdf-printer';
import { packPdfObjects, PdfNotRewritten, rewriteWithObjectStreams } from './pdf-object-streams';
import { loadPrintFonts } from './print-fonts';

// Every check here reads the files with tools of their own (qpdf, poppler), not with the code under test.

const fontsourceFolder = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));
let folder = '';
let printed = Buffer.alloc(0);
let packed = Buffer.alloc(0);
const original = () => join(folder, 'printed.pdf');
const rewritten = () => join(folder, 'packed.pdf');

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-objstm-'));
  const printer = createChromiumPdfPrinter();
  try {
    // A briefing of about ten pages: a few thousand objects, several object streams' worth.
    const template = findBuiltInTemplate('meeting-readout');
    const options = { ...defaultExportOptions, draftMark: true };
    const document = exportDocument(longBriefing(template!, 3), template, options, { now: new Date('2025-11-21T10:00:00Z') });
    printed = Buffer.from(await printer.print(printHtml(document, 'A4', await loadPrintFonts(fontsourceFolder)), pdfPageSetup(document, options)));
  } finally {
    await printer.close();
  }
  writeFileSync(original(), printed);
  packed = Buffer.from(packPdfObjects(printed));
  writeFileSync(rewritten(), packed);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** qpdf's check: its exit status (0 clean, 2 errors, 3 warnings) and what it said. */
function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

interface QpdfObject {
  value?: unknown;
  stream?: { dict: unknown; data?: string };
}

/** Every object of a PDF as qpdf reads it, wherever it is stored (top level or inside an object stream), streams with their raw data. */
function qpdfObjects(file: string): Map<string, QpdfObject> {
  const json = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--decode-level=none', '--json-stream-data=inline', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const [, objects] = (JSON.parse(json) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf;
  return new Map(Object.entries(objects));
}

const page = (file: string, number: number): Buffer => execFileSync('pdftoppm', ['-r', '40', '-f', String(number), '-l', String(number), '-png', file]);

describe('packing a PDF into object streams', () => {
  it('keeps every object, tagged, with the same text, fonts and pages, in about half the bytes', () => {
    expect(qpdfCheck(rewritten())).toMatchObject({ status: 0 });
    expect(qpdfCheck(rewritten()).output).toContain('No syntax or stream encoding errors found');
    const before = pdfInfo(original());
    const after = pdfInfo(rewritten());
    expect(after['PDF version']).toBe('1.5');
    expect(after.Tagged).toBe('yes');
    expect(after.Pages).toBe(before.Pages);
    expect(Number(after.Pages)).toBeGreaterThan(5);
    expect(after.Title).toBe(before.Title);
    expect(after.Producer).toBe(before.Producer);
    expect(packed.length).toBeLessThan(printed.length * 0.65);

    expect(pdfText(rewritten())).toBe(pdfText(original()));
    expect(pdfText(rewritten(), { layout: true })).toBe(pdfText(original(), { layout: true }));
    expect(execFileSync('pdffonts', [rewritten()], { encoding: 'utf8' })).toBe(execFileSync('pdffonts', [original()], { encoding: 'utf8' }));
    const last = Number(after.Pages);
    for (const number of [1, 2, last]) expect(page(rewritten(), number).equals(page(original(), number))).toBe(true);
  }, 120_000);

  it('moves the structure elements, pages and dictionaries into object streams with their values unchanged, and copies every stream byte for byte', () => {
    const before = qpdfObjects(original());
    const after = qpdfObjects(rewritten());
    const { trailer: trailerBefore, ...objectsBefore } = Object.fromEntries(before);
    const { trailer: trailerAfter } = Object.fromEntries(after);
    for (const [key, object] of Object.entries(objectsBefore)) expect(after.get(key), key).toEqual(object);
    const structureElements = [...before.values()].filter((object) => (object.value as Record<string, unknown> | undefined)?.['/Type'] === '/StructElem');
    expect(structureElements.length).toBeGreaterThan(500);
    // The trailer's /Root and /Info (and /ID, which Chromium does not write) are the cross-reference stream's now.
    const { '/Root': root, '/Info': info, '/ID': id } = trailerBefore?.value as Record<string, unknown>;
    expect(trailerAfter?.value).toMatchObject({ '/Type': '/XRef', '/Root': root, '/Info': info, ...(id === undefined ? {} : { '/ID': id }) });
    // What is new is the object streams and the cross-reference stream, nothing else; no structure element is left in the clear.
    const added = [...after.entries()].filter(([key]) => key !== 'trailer' && !before.has(key)).map(([, object]) => (object.stream?.dict as Record<string, unknown>)['/Type']);
    expect(added.filter((type) => type === '/ObjStm').length).toBeGreaterThan(2);
    expect(added.filter((type) => type !== '/ObjStm')).toEqual(['/XRef']);
    expect(packed.toString('latin1')).not.toMatch(/\/Type \/StructElem/u);
  }, 120_000);

  it('gives back the very bytes of a PDF it does not read completely', () => {
    const text = printed.toString('latin1');
    const startxref = Number(/startxref\n(\d+)/u.exec(text)?.[1]);
    const root = /\/Root (\d+ 0 R)/u.exec(text)?.[1] ?? '';
    const size = Number(/\/Size (\d+)/u.exec(text)?.[1]);
    // An incremental update: one more object and a second table pointing back at the first (a real, readable PDF).
    const updateAt = printed.length + 1;
    const update = `\n${size} 0 obj\n<</Note (added later)>>\nendobj\n`;
    const tableAt = updateAt + update.length - 1;
    const updated = Buffer.concat([
      printed,
      Buffer.from(`${update}xref\n${size} 1\n${String(updateAt).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${size + 1} /Root ${root} /Prev ${startxref}>>\nstartxref\n${tableAt}\n%%EOF\n`, 'latin1'),
    ]);
    writeFileSync(join(folder, 'updated.pdf'), updated);
    expect(qpdfCheck(join(folder, 'updated.pdf')).status).toBe(0);

    execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--', original(), join(folder, 'encrypted.pdf')]);
    const encrypted = readFileSync(join(folder, 'encrypted.pdf'));
    expect(encrypted.toString('latin1')).toMatch(/\/Encrypt \d+ 0 R/u);

    // One byte more inside the first object: every later object is one byte away from where the table says.
    const firstObject = text.indexOf(' 0 obj\n<<') + ' 0 obj\n<<'.length;
    const shifted = Buffer.concat([printed.subarray(0, firstObject), Buffer.from(' '), printed.subarray(firstObject)]);
    // A content stream whose /Length is one byte short: same size, same offsets, but the stream does not end where it says.
    const length = /\/Length (\d+)>> stream/u.exec(text);
    const shortLength = Buffer.from(printed);
    shortLength.write(`/Length ${String(Number(length?.[1]) - 1).padStart(length?.[1]?.length ?? 0, '0')}`, length?.index ?? 0, 'latin1');
    const truncated = printed.subarray(0, printed.length >> 1);

    const cases: [string, Uint8Array][] = [
      ['an incremental update', updated],
      ['an encrypted file', encrypted],
      ['a cross-reference table a byte off', shifted],
      ['a stream shorter than its /Length says', shortLength],
      ['a truncated file', truncated],
      ['a file already packed', packed],
      ['no PDF at all', Buffer.from('%PDF-1.4\nnot really\n')],
    ];
    for (const [what, pdf] of cases) {
      expect(Buffer.compare(packPdfObjects(pdf), pdf), what).toBe(0);
      expect(() => rewriteWithObjectStreams(pdf), what).toThrow(PdfNotRewritten);
    }
  }, 120_000);
});
