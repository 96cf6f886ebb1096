// npm run bench:export — DOCX against pandoc, PDF against LibreOffice, on a
// briefing of about 100 pages. Prints figures and file sizes; never fails on
// a time. The last line is one JSON object with the ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createChromiumPdfPrinter } from '../electron/cli/chromium-pdf-printer';
import { briefingDocxBytes } from '../electron/export/docx/briefing-docx';
import { packPdfObjects } from '../electron/export/pdf-object-streams';
import { pdfPageCount } from '../electron/export/pdf-page-count';
import { loadPrintFonts } from '../electron/export/print-fonts';
import { exportDocument } from '../shared/document/export/export-document';
import { defaultExportOptions } from '../shared/document/export/export-options';
import { pdfPageSetup } from '../shared/document/export/pdf-page-setup';
import { printHtml } from '../shared/document/export/print-html';
import { findBuiltInTemplate } from '../shared/document/templates/built-in-templates';
import { exportMarkdown } from './export-markdown';
import { pdfBytes, pdfGlyphMoves } from './pdf-bytes';
import { longBriefing } from './export-sample';
import { median } from './timing';

/** The longest one run of an outside tool may take before it is killed: a hang ends the benchmark, never a slow run. */
const toolDeadlineMs = 5 * 60_000;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-bench-'));
const printer = createChromiumPdfPrinter();
try {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('the meeting readout template is missing');
  const briefing = longBriefing(template, 30);
  const options = { ...defaultExportOptions, draftMark: true };
  const fonts = await loadPrintFonts(resolve('node_modules/@fontsource'));
  const document = exportDocument(briefing, template, options, { now: new Date() });

  // DOCX: our mapping (model → docx → zip) against pandoc converting the same content from Markdown.
  const docxFile = join(folder, 'long.docx');
  const firstDocx = performance.now();
  writeFileSync(docxFile, await briefingDocxBytes(document, 'A4'));
  console.log(`${'DOCX, first (cold JIT)'.padEnd(34)} ${(performance.now() - firstDocx).toFixed(0).padStart(13)} ms`);
  const docxMs = await median('DOCX (docx library)', async () => writeFileSync(docxFile, await briefingDocxBytes(document, 'A4')), { warmUp: 2 });
  const markdownFile = join(folder, 'long.md');
  writeFileSync(markdownFile, exportMarkdown(document));
  const pandocFile = join(folder, 'pandoc.docx');
  const pandocMs = await median('pandoc Markdown → DOCX', () => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', pandocFile, markdownFile], { timeout: toolDeadlineMs }), { runs: 5 });

  // PDF: print HTML → Chromium (browser already running, as the app's print window is), then packed into object streams
  // as the export service does, against LibreOffice converting our DOCX.
  const pdfFile = join(folder, 'long.pdf');
  const coldStarted = performance.now();
  const printed = await printer.print(printHtml(document, 'A4', fonts), pdfPageSetup(document, options));
  writeFileSync(pdfFile, packPdfObjects(printed));
  console.log(`${'PDF, first (starts Chromium)'.padEnd(34)} ${(performance.now() - coldStarted).toFixed(0).padStart(13)} ms`);
  const pdfMs = await median('PDF (print HTML → Chromium → pack)', async () => writeFileSync(pdfFile, packPdfObjects(await printer.print(printHtml(document, 'A4', fonts), pdfPageSetup(document, options)))), {
    runs: 5,
  });
  // The parts of that time: the print HTML alone, and the packing alone (of the same printed file).
  const htmlMs = await median('  of which the print HTML', () => printHtml(document, 'A4', fonts), { runs: 5 });
  const packMs = await median('  of which packing (object streams)', () => packPdfObjects(printed), { runs: 5 });
  const profile = pathToFileURL(join(folder, 'lo-profile')).href;
  const officeDir = join(folder, 'office');
  const soffice = () => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', officeDir, docxFile], { stdio: 'pipe', timeout: toolDeadlineMs });
  soffice(); // The first run creates LibreOffice's profile; not counted.
  const libreofficeMs = await median('LibreOffice DOCX → PDF', soffice, { runs: 3 });
  const officePdf = join(officeDir, 'long.pdf');

  console.log('');
  console.log(`our PDF         ${pdfPageCount(printed)} pages, ${kib(statSync(pdfFile).size)} (${kib(printed.length)} as Chromium printed it)`);
  console.log(`LibreOffice PDF ${pdfPageCount(readFileSync(officePdf)) || execFileSync('pdfinfo', [officePdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/u)?.[1]} pages, ${kib(statSync(officePdf).size)}`);
  console.log(`our DOCX        ${kib(statSync(docxFile).size)}; pandoc DOCX ${kib(statSync(pandocFile).size)}; Markdown ${kib(statSync(markdownFile).size)}`);
  // Where the PDF's bytes go, beside LibreOffice's file of the same briefing.
  const ours = pdfBytes(readFileSync(pdfFile));
  const theirs = pdfBytes(readFileSync(officePdf));
  const glyphs = await pdfGlyphMoves(readFileSync(pdfFile));
  for (const [label, part] of [['page content', 'content'], ['tagged structure', 'structure'], ['fonts', 'fonts'], ['object streams', 'objectStreams'], ['cross-reference', 'crossReference'], ['other', 'other']] as const) {
    console.log(`  ${label.padEnd(18)} ours ${kib(ours[part]).padStart(9)}   LibreOffice ${kib(theirs[part]).padStart(9)}`);
  }
  console.log(`  our glyph runs: ${glyphs.shows} shown, ${glyphs.moves} of them moved into place one glyph at a time`);
  console.log(`PDF size / LibreOffice's: ${(ours.total / theirs.total).toFixed(2)} (target ≤ 1.5)`);
  console.log(`DOCX speed-up over pandoc: ${(pandocMs / docxMs).toFixed(1)}× (target ≥ 5×); PDF time / LibreOffice time: ${(pdfMs / libreofficeMs).toFixed(2)} (target ≤ 0.5)`);
  const round = (value: number, digits = 0) => Number(value.toFixed(digits));
  console.log(
    JSON.stringify({
      docx_ms: round(docxMs),
      pandoc_ms: round(pandocMs),
      docx_speedup: round(pandocMs / docxMs, 2),
      pdf_ms: round(pdfMs),
      libreoffice_ms: round(libreofficeMs),
      pdf_ratio: round(pdfMs / libreofficeMs, 2),
      pdf_kib: round(ours.total / 1024),
      libreoffice_pdf_kib: round(theirs.total / 1024),
      pdf_size_ratio: round(ours.total / theirs.total, 2),
      pdf_content_kib: round(ours.content / 1024),
      pdf_structure_kib: round(ours.structure / 1024),
      pdf_fonts_kib: round(ours.fonts / 1024),
      pdf_xref_kib: round(ours.crossReference / 1024),
      pdf_printed_kib: round(printed.length / 1024),
      pdf_html_ms: round(htmlMs, 1),
      pdf_pack_ms: round(packMs, 1),
    }),
  );
} finally {
  await printer.close();
  rmSync(folder, { recursive: true, force: true });
}
