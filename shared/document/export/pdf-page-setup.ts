import type { ExportDocument } from './export-document';
import type { ExportOptions, PageSize } from './export-options';
import { escapeHtml } from './html-text';
import type { PageMargins } from './page-margins';
import { fillIn } from '../language/document-strings';
import { directionOfLanguage } from '../text-direction';

export { pageMargins, type PageMargins } from './page-margins';

/**
 * Everything a PDF printer needs besides the HTML. Decided once here, so the
 * app's Electron printer and the Chromium printer of the tests and command
 * line print the same pages.
 */
export interface PdfPageSetup {
  pageSize: PageSize;
  margins: PageMargins;
  /**
   * Chromium's header and footer templates: printed in the margins of every
   * page, outside the document, so they can number pages ("Page X of Y").
   * They cannot use the document's web fonts, hence a generic family.
   */
  headerTemplate: string;
  footerTemplate: string;
}

const templateStyle =
  'font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10.75px; color: #444; width: 100%; ' +
  'display: flex; justify-content: space-between; gap: 8mm; -webkit-print-color-adjust: exact;';

/** The running header or footer, lined up with the text: the page's side margins are its own. */
function marginTemplate(margins: PageMargins, left: string, centre: string, right: string): string {
  return `<div style='${templateStyle} margin: 0 ${margins.right}mm 0 ${margins.left}mm;'><span>${left}</span><span>${centre}</span><span>${right}</span></div>`;
}

/**
 * The embargo line over the running header, on a line of its own so that a
 * long organisation name or marking never squeezes it: it is what a reader
 * of any single page must not miss.
 */
function embargoTemplate(margins: PageMargins, embargo: string): string {
  return `<div style='${templateStyle} justify-content: center; font-weight: 700; color: #9c1c1c; letter-spacing: 0.04em; margin: 0 ${margins.right}mm 1mm ${margins.left}mm;'>${escapeHtml(embargo)}</div>`;
}

/** Chromium prints its default header (date, title) for an empty template; an empty element prints nothing. */
const emptyTemplate = '<span></span>';

/** The print setup of an export; the running header carries the embargo while it holds (`document.header.embargo`). */
export function pdfPageSetup(document: ExportDocument, options: ExportOptions): PdfPageSetup {
  // A right-to-left document prints its running header and footer itself, mirrored and in its own fonts (`rightToLeftMarginBoxes`).
  if (directionOfLanguage(document.language) === 'rtl') {
    return { pageSize: options.pageSize, margins: document.margins, headerTemplate: emptyTemplate, footerTemplate: emptyTemplate };
  }
  const classification = escapeHtml(document.header.classification);
  const marking = [document.draft ? escapeHtml(document.words.draftMark) : '', classification].filter(Boolean).join(' · ');
  const runningHeader = marginTemplate(document.margins, escapeHtml(document.header.organisation), '', marking);
  return {
    pageSize: options.pageSize,
    margins: document.margins,
    // Chromium lays the template out in a flex row, which is what fits each line between the margins; wrapping keeps that for two lines.
    headerTemplate: document.header.embargo
      ? `<div style='display: flex; flex-wrap: wrap; width: 100%;'>${embargoTemplate(document.margins, document.header.embargo)}${runningHeader}</div>`
      : runningHeader,
    footerTemplate: marginTemplate(
      document.margins,
      escapeHtml(document.title.length > 80 ? `${document.title.slice(0, 79)}…` : document.title),
      '',
      `${classification ? `${classification} · ` : ''}<span style='white-space: nowrap;'>${fillIn(escapeHtml(document.words.pageOf), { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' })}</span>`,
    ),
  };
}
