import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { ExportDocument } from '../../../shared/document/export/export-document';
import { directionOfLanguage } from '../../../shared/document/text-direction';

/**
 * A header with the embargo while it holds, the organisation on the left
 * and the marking (DRAFT, classification) on the right, and a footer with the title and "Page X of
 * Y" as PAGE / NUMPAGES fields, which Word and LibreOffice fill in — the same
 * running header and footer as the PDF. `textWidth` is the width between the
 * margins in twips, where the right-aligned tab stop goes.
 */
export function docxHeaderFooter(document: ExportDocument, textWidth: number): { header: Header; footer: Footer } {
  const marking = [document.draft ? 'DRAFT' : '', document.header.classification].filter(Boolean).join(' · ');
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
                'Page ',
                PageNumber.CURRENT,
                ' of ',
                PageNumber.TOTAL_PAGES,
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
