import { execFileSync } from 'node:child_process';

/**
 * Text of a PDF file by poppler's pdftotext: in the order it was drawn
 * (`-raw`, which keeps a hyphen at the end of a line, as in "Bogdan-" /
 * "Martin", where the default mode would join the word and drop it), or with
 * `layout`, as laid out on the page, table rows on one line.
 */
export function pdfText(file: string, { layout = false }: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [layout ? '-layout' : '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
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
