import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Text of a PDF file by poppler's pdftotext: in the order it was drawn
 * (`-raw`, which keeps a hyphen at the end of a line, as in "Bogdan-" /
 * "Martin", where the default mode would join the word and drop it), or with
 * `layout`, as laid out on the page, table rows on one line.
 */
export function pdfText(file: string, { layout = false }: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [layout ? '-layout' : '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** What poppler's pdfinfo says of a PDF, field by field ("PDF version", "Tagged", "Pages", "Title", …). */
export function pdfInfo(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    if (match?.[1] !== undefined) fields[match[1]] = match[2] ?? '';
  }
  return fields;
}

/** The text of each page of a PDF, by pdftotext page by page (`-f N -l N`), so a test can say what is on every page. */
export function pdfPageTexts(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
  return Array.from({ length: pages }, (_, index) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }),
  );
}

/**
 * Converts Word files to PDF with LibreOffice headless (Debian's
 * libreoffice-writer-nogui) into `folder`, with a profile of its own there so
 * a LibreOffice already open on the machine, or a parallel test, does not
 * take the conversion over. Returns the PDFs' paths, in order.
 */
export function convertDocxToPdf(docxFiles: string[], folder: string): string[] {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...docxFiles],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return docxFiles.map((docx) => join(folder, basename(docx).replace(/\.docx$/u, '.pdf')));
}

/**
 * Raw PDF text as running prose: a line ending in a hyphen joins the next
 * (the print HTML never hyphenates, so such a hyphen was typed), other line
 * breaks become spaces.
 */
export function flowingText(text: string): string {
  return text.replace(/-\n/gu, '-').replace(/\s+/gu, ' ');
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts a PDF uses, by poppler's pdffonts. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/u);
    // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
    return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
  });
}
