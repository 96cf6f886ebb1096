import type { ExportDocument } from './export-document';
import { directionOfLanguage } from '../text-direction';
import { dirAttribute, directedText } from './bidi-html';
import { blockToHtml } from './html-blocks';
import { escapeHtml, headingLangAttribute } from './html-text';

/**
 * Simple semantic HTML for a website or a rich e-mail: an `article` with
 * headings, paragraphs, lists, quotes and a participants table, no classes
 * and no styles, so the receiving site's own styles apply. `fragment` gives
 * only the article, as "Copy as formatted text" puts it on the clipboard.
 */
export function semanticHtml(document: ExportDocument, { fragment = false }: { fragment?: boolean } = {}): string {
  const { header } = document;
  // A right-to-left briefing says so on the article itself, so a site or an e-mail that takes only the fragment lays it out right.
  const direction = directionOfLanguage(document.language);
  const parts: string[] = [];
  const masthead = [document.draft ? document.words.draftMark : '', header.organisation, header.releaseLine, header.classification].filter(Boolean);
  if (masthead.length > 0) parts.push(`<header>${masthead.map((line) => `<p><strong>${escapeHtml(line)}</strong></p>`).join('')}</header>`);
  parts.push(`<h1>${directedText(document.title, direction)}</h1>`);
  if (header.subtitle) parts.push(`<p><em>${escapeHtml(header.subtitle)}</em></p>`);
  if (header.dateline) parts.push(`<p><strong>${escapeHtml(header.dateline)}</strong></p>`);
  for (const section of document.sections.filter((candidate) => !candidate.endMark)) {
    const heading = section.heading === null ? '' : `<h2${headingLangAttribute(document, section)}>${directedText(section.heading, direction)}</h2>`;
    parts.push(`<section>${heading}${section.blocks.map((block) => blockToHtml(block, direction)).join('')}</section>`);
  }
  if (document.participants) {
    const { columns, rows } = document.participants;
    const head = `<thead><tr>${columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${directedText(cell, direction)}</td>`).join('')}</tr>`).join('');
    parts.push(`<section><h2>${directedText(document.words.participants.heading, direction)}</h2><table>${head}<tbody>${body}</tbody></table></section>`);
  }
  if (document.contact.length > 0) parts.push(`<footer>${document.contact.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</footer>`);
  for (const section of document.sections.filter((candidate) => candidate.endMark)) {
    parts.push(section.blocks.map((block) => blockToHtml(block, direction)).join(''));
  }
  const article = `<article lang="${escapeHtml(document.language)}"${dirAttribute(direction)}>\n${parts.join('\n')}\n</article>`;
  if (fragment) return article;
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(document.language)}"${dirAttribute(direction)}>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(document.title)}</title>\n</head>\n<body>\n${article}\n</body>\n</html>\n`;
}
