import type { DocxPackage } from './docx-package';

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    return xmlEntities[name ?? ''] ?? whole;
  });
}

/**
 * The paragraphs of a WordprocessingML part as plain lines, tabs kept. Read
 * with patterns, not an XML parser: only `w:t` text and `w:tab` are wanted,
 * and the part has already been checked to declare no entities.
 */
export function wordParagraphLines(xml: string): string[] {
  const lines: string[] = [];
  for (const paragraph of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)) {
    const parts = [...paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:tab\s[^>]*\/>/gu)];
    const line = parts.map((part) => (part[1] === undefined ? '\t' : decodeXmlText(part[1]))).join('');
    if (line.trim() !== '') lines.push(line);
  }
  return lines;
}

/** The text lines of every header and footer part (`word/header1.xml`, `word/footer2.xml`, …), which mammoth does not read. */
export function headerFooterLines(docx: DocxPackage): string[] {
  return Object.keys(docx.parts)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/u.test(name))
    .sort()
    .flatMap((name) => wordParagraphLines(docx.text(name) ?? ''));
}

/** How many of what mammoth leaves out the file holds: comments, tracked insertions and deletions. */
export function leftOutCounts(docx: DocxPackage): { comments: number; trackedChanges: number } {
  const document = docx.text('word/document.xml') ?? '';
  const comments = (docx.text('word/comments.xml')?.match(/<w:comment\s/gu) ?? []).length;
  const trackedChanges = (document.match(/<w:(?:ins|del|moveFrom|moveTo)\s/gu) ?? []).length;
  return { comments, trackedChanges };
}
