import type { ExportDocument, ExportTable } from './export-document';
import type { PageSize } from './export-options';
import { directionOfLanguage, type TextDirection } from '../text-direction';
import { dirAttribute, directedText, rightToLeftPrintCss } from './bidi-html';
import { blockToHtml } from './html-blocks';
import { rightToLeftMarginBoxes, runningFontsHtml } from './page-margin-boxes';
import { escapeHtml, headingLangAttribute } from './html-text';

/** Bundled fonts as CSS `@font-face` rules with `data:` URLs; the main process reads the files, this module cannot. */
export type FontFaceCss = string;

// Font sizes are on a quarter pixel (11 pt is 14.75 px, 0.6 % larger): with the print fonts at 2048 units an em
// (electron/export/print-fonts.ts), every advance Blink lays out is then exact in Skia's arithmetic, and the PDF draws
// a line as one run instead of a move before every glyph: about 40 % of the PDF (docs/performance.md).
const pageCss = `
html { font-family: "Noto Serif", "Noto Naskh Arabic", serif; font-size: 14.75px; line-height: 1.45; color: #111; }
body { margin: 0; }
h1, h2, h3, h4, h5, .masthead, .dateline, th, .contact, .draft-mark { font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; }
.masthead { border-bottom: 1.5pt solid #1f3864; padding-bottom: 6pt; margin-bottom: 14pt; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 2pt 12pt; }
.masthead p { margin: 0; }
.logo { display: block; max-height: 18mm; max-width: 60mm; margin-bottom: 3mm; flex-basis: 100%; object-fit: contain; object-position: left; }
.organisation { font-weight: 700; font-size: 16px; color: #1f3864; flex-basis: 100%; }
.release-line { font-weight: 700; font-size: 12.75px; letter-spacing: 0.04em; }
.classification { font-weight: 700; font-size: 12.75px; letter-spacing: 0.06em; color: #9c1c1c; }
h1 { font-size: 26.75px; line-height: 1.2; margin: 0 0 4pt; color: #1f3864; }
.subtitle { font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 16.75px; color: #333; margin: 0 0 6pt; }
.dateline { font-size: 13.25px; font-weight: 700; color: #333; margin: 0 0 14pt; }
h2 { font-size: 17.25px; margin: 16pt 0 6pt; color: #1f3864; break-after: avoid; }
h3 { font-size: 16px; margin: 12pt 0 4pt; break-after: avoid; }
h4, h5 { font-size: 14.75px; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 8pt; orphans: 2; widows: 2; }
ol, ul { margin: 0 0 8pt; padding-left: 22pt; }
li { margin: 0 0 3pt; }
ol ol { list-style-type: lower-alpha; }
ol ol ol { list-style-type: lower-roman; }
blockquote { margin: 0 0 8pt 18pt; padding-left: 10pt; border-left: 2pt solid #9aa8c7; font-style: italic; }
hr { border: 0; border-top: 0.75pt solid #888; margin: 10pt 0; }
.page-break { break-after: page; }
figure.picture { margin: 6pt auto 10pt; break-inside: avoid; }
figure.picture-full { width: 100%; }
figure.picture-half { width: 50%; }
figure.picture img { display: block; width: 100%; height: auto; max-height: 200mm; object-fit: contain; }
figure.picture figcaption { margin-top: 3pt; font-size: 12.75px; text-align: center; }
figure.picture .picture-caption { font-style: italic; }
figure.picture .picture-credit { color: #555; font-size: 11.25px; }
a { color: #1f3864; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 13.25px; }
th, td { border: 0.75pt solid #8c8c8c; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e8ecf4; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.contact { margin-top: 16pt; font-size: 13.25px; }
.contact p { margin: 0 0 2pt; }
.end-mark { text-align: center; margin-top: 14pt; }
.draft-mark { position: fixed; top: 38%; left: 0; right: 0; text-align: center; font-size: 146.75px; font-weight: 700;
  color: rgba(156, 28, 28, 0.13); transform: rotate(-35deg); letter-spacing: 0.1em; z-index: -1; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;

function tableHtml(table: ExportTable, direction: TextDirection): string {
  const head = `<thead><tr>${table.columns.map((column) => `<th>${directedText(column, direction)}</th>`).join('')}</tr></thead>`;
  const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${directedText(cell, direction)}</td>`).join('')}</tr>`).join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

function mastheadHtml(document: ExportDocument, direction: TextDirection): string {
  const { organisation, releaseLine, classification } = document.header;
  const lines = [
    document.logo ? `<img class="logo" alt="" src="data:${document.logo.mediaType};base64,${document.logo.base64}">` : '',
    organisation ? `<p class="organisation">${directedText(organisation, direction)}</p>` : '',
    releaseLine ? `<p class="release-line">${escapeHtml(releaseLine)}</p>` : '',
    classification ? `<p class="classification">${escapeHtml(classification)}</p>` : '',
  ].filter(Boolean);
  return lines.length > 0 ? `<header class="masthead">${lines.join('')}</header>` : '';
}

/**
 * The standalone print HTML of a briefing: one file with its styles and
 * fonts inside and a CSP that allows nothing to be fetched, so it prints the
 * same on every machine, offline. Page size, margins and the running
 * header/footer come from `pdfPageSetup`.
 */
export function printHtml(document: ExportDocument, pageSize: PageSize, fontFaceCss: FontFaceCss): string {
  const { header } = document;
  // Arabic (any right-to-left language) is laid out mirrored: `dir` on the root, the rules in `rightToLeftPrintCss`.
  const direction = directionOfLanguage(document.language);
  const body: string[] = [];
  if (document.draft) body.push(`<div class="draft-mark" aria-hidden="true">${escapeHtml(document.words.draftMark)}</div>`);
  if (direction === 'rtl') body.push(runningFontsHtml(document));
  body.push(mastheadHtml(document, direction));
  body.push(`<h1>${directedText(document.title, direction)}</h1>`);
  if (header.subtitle) body.push(`<p class="subtitle">${escapeHtml(header.subtitle)}</p>`);
  if (header.dateline) body.push(`<p class="dateline">${escapeHtml(header.dateline)}</p>`);
  const endMarks = document.sections.filter((section) => section.endMark);
  // The sections are layout only (no name, so a screen reader never announces them): `role="none"` keeps them out of
  // the tagged PDF, whose structure elements are plain uncompressed objects (a 100-page PDF's 181 sections: 19 KiB).
  const layout = 'role="none"';
  for (const section of document.sections.filter((candidate) => !candidate.endMark)) {
    const heading = section.heading === null ? '' : `<h2${headingLangAttribute(document, section)}>${directedText(section.heading, direction)}</h2>`;
    body.push(`<section ${layout} data-section="${escapeHtml(section.sectionId)}">${heading}${section.blocks.map((block) => blockToHtml(block, direction)).join('')}</section>`);
  }
  if (document.participants) body.push(`<section ${layout} class="participants"><h2>${directedText(document.words.participants.heading, direction)}</h2>${tableHtml(document.participants, direction)}</section>`);
  if (document.contact.length > 0) {
    body.push(`<section ${layout} class="contact">${document.contact.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>`);
  }
  for (const section of endMarks) body.push(`<section ${layout} class="end-mark">${section.blocks.map((block) => blockToHtml(block, direction)).join('')}</section>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.language)}"${dirAttribute(direction)}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${fontFaceCss}\n@page { size: ${pageSize}; }${pageCss}${direction === 'rtl' ? rightToLeftPrintCss + rightToLeftMarginBoxes(document) : ''}</style>`,
    '</head>',
    `<body>${body.filter(Boolean).join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}
