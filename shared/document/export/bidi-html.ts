import type { TextDirection } from '../text-direction';
import { escapeHtml } from './html-text';

/**
 * A run of left-to-right words (Latin, Cyrillic or Greek letters, with the
 * digits, spaces, hyphens and dots between them): "Doreen Bogdan-Martin",
 * "ITU", "SOCAR". It starts and ends with a letter or digit, so a comma or a
 * bracket beside it stays in the surrounding Arabic text.
 */
const leftToRightRun =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}](?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M} .,'’&/–-]*[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}])?/gu;

/**
 * The text cut into runs of one direction: each left-to-right run
 * (`leftToRightRun`) and the right-to-left text between them, in order. The
 * DOCX export gives each its own Word run, only the right-to-left ones `w:rtl`.
 */
export function directionRuns(text: string): { text: string; leftToRight: boolean }[] {
  const runs: { text: string; leftToRight: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(leftToRightRun)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), leftToRight: false });
    runs.push({ text: match[0], leftToRight: true });
    from = match.index + match[0].length;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), leftToRight: false });
  return runs;
}

/**
 * Text as HTML content in a document written in `direction`. In a
 * right-to-left document every left-to-right run is isolated in `<bdi>`, so
 * a Latin name inside Arabic text keeps its own order and its neighbours
 * ("(ITU)", "Bogdan-Martin،") are not pulled across it by the bidi
 * algorithm. A left-to-right document's text is only escaped.
 */
export function directedText(text: string, direction: TextDirection): string {
  if (direction === 'ltr') return escapeHtml(text);
  let html = '';
  let from = 0;
  for (const match of text.matchAll(leftToRightRun)) {
    html += `${escapeHtml(text.slice(from, match.index))}<bdi>${escapeHtml(match[0])}</bdi>`;
    from = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(from));
}

/** ` dir="rtl"` for an element of a right-to-left document; nothing for a left-to-right one, whose HTML stays as it was. */
export const dirAttribute = (direction: TextDirection): string => (direction === 'rtl' ? ' dir="rtl"' : '');

/**
 * Print rules for a right-to-left document, after the page's own: lists
 * indent and quotes rule on the right, cells align right, and quotes stand
 * upright (Arabic type has no italic; a slanted Naskh reads as a fault).
 * Columns, the masthead and list markers follow `dir` by themselves.
 */
export const rightToLeftPrintCss = `
ol, ul { padding-left: 0; padding-right: 22pt; }
blockquote { margin: 0 18pt 8pt 0; padding-left: 0; padding-right: 10pt; border-left: 0; border-right: 2pt solid #9aa8c7; font-style: normal; }
em { font-style: normal; font-weight: 700; }
th, td { text-align: right; }
.logo { object-position: right; }
.release-line, .classification, .draft-mark { letter-spacing: 0; }
`;
