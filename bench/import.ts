// npm run bench:import — imports a Word readout of about 100 pages (our own
// DOCX export of the long sample): the checks and unzip, the whole conversion
// (mammoth, sanitising, structure), and saving it as a briefing; next to
// pandoc reading the same file to HTML. Prints figures; never fails on a time.
// The last line is one JSON object.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { briefingDocxBytes } from '../electron/export/docx/briefing-docx';
import { convertDocx } from '../electron/import/docx/convert-docx';
import { readDocxPackage } from '../electron/import/docx/docx-package';
import { createImportedBriefing, knownHeadings } from '../electron/services/docx-import';
import { openLibrary } from '../electron/storage/library';
import { exportDocument } from '../shared/document/export/export-document';
import { defaultExportOptions } from '../shared/document/export/export-options';
import { findBuiltInTemplate } from '../shared/document/templates/built-in-templates';
import { longBriefing } from './export-sample';
import { median } from './timing';

/** The longest one run of an outside tool may take before it is killed: a hang ends the benchmark, never a slow run. */
const toolDeadlineMs = 5 * 60_000;

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-bench-import-'));
try {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('the meeting readout template is missing');
  const bytes = await briefingDocxBytes(exportDocument(longBriefing(template, 30), template, defaultExportOptions, { now: new Date() }), 'A4');
  const file = join(folder, 'long-readout.docx');
  writeFileSync(file, bytes);
  const library = openLibrary(join(folder, 'library.sqlite'));
  const headings = new Set(knownHeadings(library.templates.list()));
  console.log(`Word file: ${(bytes.byteLength / 1024).toFixed(0)} KB`);

  const checkMs = await median('checks and unzip', () => readDocxPackage(bytes), { warmUp: 1 });
  const convertMs = await median('convert (mammoth + sanitise)', () => convertDocx(bytes, 'long-readout.docx', headings), { warmUp: 1 });
  const document = await convertDocx(bytes, 'long-readout.docx', headings);
  const blocks = document.intro.length + document.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  console.log(`converted: ${document.sections.length} sections, ${blocks} blocks, ${document.participants.length} participants`);
  const saveMs = await median('save as a briefing', () => createImportedBriefing(library, document, 'meeting-readout'), { warmUp: 1 });
  let pandocMs: number | null = null;
  try {
    pandocMs = await median('pandoc docx → html (new process)', () => execFileSync('pandoc', [file, '-t', 'html', '-o', join(folder, 'out.html')], { timeout: toolDeadlineMs }));
  } catch {
    console.log('pandoc is not installed: no comparison');
  }
  library.close();
  console.log(JSON.stringify({ docx_kb: Math.round(bytes.byteLength / 1024), check_ms: Math.round(checkMs), convert_ms: Math.round(convertMs), save_ms: Math.round(saveMs), pandoc_ms: pandocMs === null ? null : Math.round(pandocMs) }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
