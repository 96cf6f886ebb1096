import type { ExportDocument } from './export-document';

/**
 * A CSS string literal inside a `<style>` element: quotes and backslashes
 * escaped, and `<` `>` `&` and line breaks as hex escapes, so what the person
 * typed can neither end the string nor the element ("</style>").
 */
const cssString = (text: string): string =>
  `"${text.replace(/[\\"<>&\r\n]/gu, (character) => (character === '\\' || character === '"' ? `\\${character}` : `\\${character.charCodeAt(0).toString(16)} `))}"`;

const boxStyle = 'font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 10.75px; color: #444;';

/** The running lines' text, which `runningFontsHtml` sets in the document too. */
function runningTexts(document: ExportDocument): { marking: string; title: string } {
  const marking = [document.draft ? document.words.draftMark : '', document.header.classification].filter(Boolean).join(' · ');
  return { marking, title: document.title.length > 80 ? `${document.title.slice(0, 79)}…` : document.title };
}

/** "Page {page} of {pages}" in the briefing's language as CSS content: the words as strings, the numbers as page counters. */
function pageOfContent(pageOf: string): string {
  return pageOf
    .split(/(\{page\}|\{pages\})/u)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The running header and footer of a right-to-left document as CSS page
 * margin boxes, printed by the document itself: Chromium's header and footer
 * templates (`pdfPageSetup`) cannot use the document's fonts, so Arabic there
 * would come out in a font of the system, or not at all. The boxes carry what
 * the templates carry, mirrored: the organisation at the top right, the
 * marking at the top left, the embargo over the middle, the title at the
 * bottom right and the page numbers at the bottom left.
 */
export function rightToLeftMarginBoxes(document: ExportDocument): string {
  const { header } = document;
  const { marking, title } = runningTexts(document);
  const box = (name: string, content: string, extra = '') => `  @${name} { content: ${content}; ${boxStyle}${extra} }`;
  const boxes = [
    header.organisation ? box('top-right', cssString(header.organisation), ' text-align: right;') : '',
    marking ? box('top-left', cssString(marking), ' text-align: left;') : '',
    header.embargo ? box('top-center', cssString(header.embargo), ' font-weight: 700; color: #9c1c1c;') : '',
    box('bottom-right', cssString(title), ' text-align: right;'),
    box('bottom-left', `${header.classification ? `${cssString(`${header.classification} · `)} ` : ''}${pageOfContent(document.words.pageOf)}`, ' text-align: left;'),
  ].filter(Boolean);
  return `\n@page {\n${boxes.join('\n')}\n}\n`;
}

/**
 * Chromium fetches a web font (and each of its script subsets) only for text
 * the document lays out; a margin box does not count. This hidden line sets
 * every letter the boxes print in their family and weights, so the bundled
 * faces are ready when the boxes print, and no font of the system stands in.
 */
export function runningFontsHtml(document: ExportDocument): string {
  const { marking, title } = runningTexts(document);
  const text = [document.header.organisation, marking, title, document.header.classification, document.words.pageOf.replace(/\{pages?\}/gu, ''), '0123456789 ·'].filter(Boolean).join(' ');
  const escaped = text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
  const style = 'visibility: hidden; position: absolute; height: 0; overflow: hidden; font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 10.75px;';
  const embargo = document.header.embargo ? `<b>${document.header.embargo.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`)}</b>` : '';
  return `<div aria-hidden="true" style='${style}'>${escaped}${embargo}</div>`;
}
