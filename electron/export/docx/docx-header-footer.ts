import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { ExportDocument } from '../../../shared/document/export/export-document';
import { directionOfLanguage } from '../../../shared/document/text-direction';

/** "Page {page} of {pages}" in the briefing's language, with Word's PAGE and NUMPAGES fields in the slots. */
function pageOf(text: string): string[] {
  return text
    .split(/(\{page\}|\{pages\})/u)
    .filter((part) => part !== '')
    // PageNumber's members are the field markers the docx library reads inside a run's children.
    .map((part): string => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
}

/**
 * A header with the embargo while it holds, the organisation on the left
 * and the marking (DRAFT, classification) on the right, and a footer with the title and "Page X of
 * Y" as PAGE / NUMPAGES fields, which Word and LibreOffice fill in — the same
 * running header and footer as the PDF. `textWidth` is the width between the
 * margins in twips, where the right-aligned tab stop goes.
 */
export function docxHeaderFooter(document: ExportDocument, textWidth: number): { header: Header; footer: Footer } {
  const marking = [document.draft ? document.words.draftMark : '', document.header.classification].filter(Boolean).join(' · ');
  const rightTab = [{ type: TabStopType.RIGHT, position: textWidth }];
  // Right to left the two sides swap, as in the PDF: the organisation and the title on the right. The line stays a
  // left-to-right paragraph, so "Page 1 of 2" around its PAGE and NUMPAGES fields reads in order; each side's own text
  // still runs in its own direction.
  const rtl = directionOfLanguage(document.language) === 'rtl';
  const sides = <T>(start: T[], end: T[]): T[] => (rtl ? [...end, ...start] : [...start, ...end]);
  const line = rtl ? { bidirectional: false } : {};
  const header = new Header({
    children: [
      // While the embargo holds, it opens the header of every page on a line of its own, as in the PDF.
      ...(document.header.embargo
        ? [new Paragraph({ style: 'Header', alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.header.embargo, bold: true, color: '9C1C1C' })] })]
        : []),
      new Paragraph({
        style: 'Header',
        tabStops: rightTab,
        ...line,
        children: rtl
          ? [new TextRun({ text: marking, bold: marking !== '' || undefined }), new TextRun({ children: ['\t', document.header.organisation] })]
          : [new TextRun(document.header.organisation), new TextRun({ children: ['\t', marking], bold: marking !== '' || undefined })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: rightTab,
        alignment: AlignmentType.LEFT,
        ...line,
        children: sides(
          [new TextRun(document.title)],
          [
            new TextRun({
              children: [
                rtl ? '' : '\t',
                document.header.classification ? `${document.header.classification} · ` : '',
                ...pageOf(document.words.pageOf),
                rtl ? '\t' : '',
              ],
            }),
          ],
        ),
      }),
    ],
  });
  return { header, footer };
}
