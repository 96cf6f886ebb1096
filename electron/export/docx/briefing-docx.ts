import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import type { ExportDocument } from '../../../shared/document/export/export-document';
import type { PageSize } from '../../../shared/document/export/export-options';
import { directionOfLanguage, type TextDirection } from '../../../shared/document/text-direction';
import { docxBlocks, docxRuns } from './docx-blocks';
import { directedTextRuns } from './docx-direction';
import { docxHeaderFooter } from './docx-header-footer';
import { docxNumbering } from './docx-numbering';
import { docxStyles } from './docx-styles';
import { docxTable } from './docx-table';
import { wordLanguage } from './word-language';
import { DocxReview, withDocxReview, withOldRunProperties } from './docx-review';
import { docxLogo, pngLogo, type DocxLogo } from './docx-logo';


/** Page sizes in twips (1/1440 inch). */
const pageSizes: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const twips = (millimetres: number): number => Math.round((millimetres / 25.4) * 1440);

/**
 * The organisation's logo above the masthead lines, as in the PDF: in the
 * same box, its proportions kept, on the page's leading side (see `docx-logo.ts`).
 */
function logoParagraph(logo: DocxLogo | undefined, document: ExportDocument, direction: TextDirection): Paragraph | undefined {
  if (!logo) return undefined;
  return new Paragraph({
    alignment: direction === 'rtl' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: logo.png,
        transformation: { width: logo.width, height: logo.height },
        altText: { name: 'Logo', title: document.header.organisation || 'Logo', description: document.header.organisation || 'Logo' },
      }),
    ],
  });
}

function masthead(document: ExportDocument, direction: TextDirection, docxLogo: DocxLogo | undefined): Paragraph[] {
  const { organisation, releaseLine, classification } = document.header;
  const lines: Paragraph[] = [];
  const logo = logoParagraph(docxLogo, document, direction);
  if (logo) lines.push(logo);
  if (organisation) lines.push(new Paragraph({ style: 'Masthead', children: directedTextRuns(organisation, direction, { size: 24, color: '1F3864' }) }));
  if (releaseLine) lines.push(new Paragraph({ style: 'Masthead', children: directedTextRuns(releaseLine, direction) }));
  if (classification) lines.push(new Paragraph({ style: 'Masthead', children: directedTextRuns(classification, direction, { color: '9C1C1C' }) }));
  if (lines.length > 0) {
    // A rule under the masthead, as in the PDF.
    lines.push(new Paragraph({ border: { bottom: { style: 'single', size: 12, color: '1F3864', space: 4 } }, spacing: { after: 240 }, children: [] }));
  }
  return lines;
}

/**
 * The briefing as a Word document, mapped straight from the export model:
 * Word styles and numbering, the participants table, header and footer with
 * page fields, core properties, and `w:lang` from the briefing's language.
 */
export function briefingDocx(document: ExportDocument, pageSize: PageSize, logo: DocxLogo | undefined = pngLogo(document.logo)): Document {
  const review = document.review ? new DocxReview(document) : undefined;
  return withDocxReview(review, () => writeDocx(document, pageSize, review, logo));
}

function writeDocx(document: ExportDocument, pageSize: PageSize, review: DocxReview | undefined, logo: DocxLogo | undefined): Document {
  const size = pageSizes[pageSize];
  const textWidth = size.width - twips(document.margins.left) - twips(document.margins.right);
  // Arabic (any right-to-left language): paragraphs, runs and the table right to left; see `docx-direction.ts`.
  const direction = directionOfLanguage(document.language);
  let listInstance = 0;
  const nextListInstance = () => (listInstance += 1);

  const children: FileChild[] = [...masthead(document, direction, logo), new Paragraph({ heading: HeadingLevel.TITLE, children: directedTextRuns(document.title, direction) })];
  if (document.header.subtitle) children.push(new Paragraph({ style: 'Subtitle', children: directedTextRuns(document.header.subtitle, direction) }));
  if (document.header.dateline) children.push(new Paragraph({ style: 'Dateline', children: directedTextRuns(document.header.dateline, direction) }));
  for (const section of document.sections.filter((candidate) => !candidate.endMark)) {
    if (section.heading !== null) {
      // A heading written in another language than the briefing proofs (and changes case) by its own language's rules.
      const language = section.headingLanguage === document.language ? {} : { language: { value: wordLanguage(section.headingLanguage) } };
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: directedTextRuns(section.heading, direction, language) }));
    }
    children.push(...docxBlocks(section.blocks, nextListInstance, direction, textWidth));
  }
  if (document.participants) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: directedTextRuns(document.words.participants.heading, direction) }));
    children.push(docxTable(document.participants, textWidth, direction));
  }
  if (document.contact.length > 0) {
    children.push(...document.contact.map((line, index) => new Paragraph({ spacing: { before: index === 0 ? 320 : 0, after: 0 }, children: [new TextRun(line)] })));
  }
  for (const section of document.sections.filter((candidate) => candidate.endMark)) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') children.push(new Paragraph({ style: 'EndMark', children: docxRuns(block.runs, direction) }));
      else children.push(...docxBlocks([block], nextListInstance, direction, textWidth));
    }
  }
  const { header, footer } = docxHeaderFooter(document, textWidth);
  return new Document({
    title: document.title,
    creator: document.header.organisation || 'Briefing Desk',
    lastModifiedBy: 'Briefing Desk',
    description: [document.header.releaseLine, document.header.classification].filter(Boolean).join(' · ') || undefined,
    styles: docxStyles(wordLanguage(document.language), direction),
    numbering: docxNumbering(),
    ...(review && review.comments.length > 0 ? { comments: { children: review.comments } } : {}),
    sections: [
      {
        properties: {
          page: {
            size,
            margin: { top: twips(document.margins.top), right: twips(document.margins.right), bottom: twips(document.margins.bottom), left: twips(document.margins.left) },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/** The DOCX file's bytes, with an SVG logo drawn as a PNG first. */
export async function briefingDocxBytes(document: ExportDocument, pageSize: PageSize): Promise<Uint8Array> {
  const bytes = new Uint8Array(await Packer.toBuffer(briefingDocx(document, pageSize, await docxLogo(document.logo))));
  return document.review ? withOldRunProperties(bytes) : bytes;
}
