import { execFileSync } from 'node:child_process';

/** Text of a PDF file by poppler's pdftotext, in reading order (`-layout` keeps table rows on one line). */
export function pdfText(file: string, { layout = false }: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
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
