import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { ExportDocument } from '../../../shared/document/export/export-document';

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
  const header = new Header({
    children: [
      // While the embargo holds, it opens the header of every page on a line of its own, as in the PDF.
      ...(document.header.embargo
        ? [new Paragraph({ style: 'Header', alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.header.embargo, bold: true, color: '9C1C1C' })] })]
        : []),
      new Paragraph({
        style: 'Header',
        tabStops: rightTab,
        children: [new TextRun(document.header.organisation), new TextRun({ children: ['\t', marking], bold: marking !== '' || undefined })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: rightTab,
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun(document.title),
          new TextRun({
            children: ['\t', document.header.classification ? `${document.header.classification} · ` : '', 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  return { header, footer };
}
