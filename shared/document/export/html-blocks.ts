import type { MarkName } from '../briefing-body';
import type { ExportBlock, ExportRun } from './export-document';
import type { TextDirection } from '../text-direction';
import { directedText } from './bidi-html';
import { escapeHtml } from './html-text';
import { listTree, type ListNode } from './list-tree';

/** Inner to outer: the order marks wrap a run, so the HTML is the same for the same marks. */
const markTags: [MarkName, string][] = [
  ['superscript', 'sup'],
  ['subscript', 'sub'],
  ['strikethrough', 's'],
  ['underline', 'u'],
  ['italic', 'em'],
  ['bold', 'strong'],
];

/** `direction` is the document's: a right-to-left one isolates its left-to-right runs (`directedText`). */
export function runsToHtml(runs: readonly ExportRun[], direction: TextDirection = 'ltr'): string {
  let html = '';
  for (const run of runs) {
    let inner = directedText(run.text, direction).replace(/\n/gu, '<br>');
    for (const [mark, tag] of markTags) if (run.marks.has(mark)) inner = `<${tag}>${inner}</${tag}>`;
    // A passage in another language: screen readers, hyphenation and the PDF's text say so.
    if (run.lang) inner = `<span lang="${escapeHtml(run.lang)}">${inner}</span>`;
    // Links are checked by the schema (http, https, mailto only); the address is escaped as an attribute.
    html += run.url ? `<a href="${escapeHtml(run.url)}">${inner}</a>` : inner;
  }
  return html;
}

function listHtml(tag: 'ol' | 'ul', nodes: readonly ListNode[], direction: TextDirection): string {
  const items = nodes.map((node) => `<li>${runsToHtml(node.runs, direction)}${node.children.length > 0 ? listHtml(tag, node.children, direction) : ''}</li>`);
  return `<${tag}>${items.join('')}</${tag}>`;
}

/** Body blocks as HTML; section headings are `h2`, so a body heading of level N is `h(N+1)`. */
export function blockToHtml(block: ExportBlock, direction: TextDirection = 'ltr'): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${runsToHtml(block.runs, direction)}</p>`;
    case 'heading':
      return `<h${block.level + 1}>${runsToHtml(block.runs, direction)}</h${block.level + 1}>`;
    case 'quote':
      return `<blockquote><p>${runsToHtml(block.runs, direction)}</p></blockquote>`;
    case 'list':
      return listHtml(block.listType === 'numbered' ? 'ol' : 'ul', listTree(block.items), direction);
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'rule':
      return '<hr>';
    case 'table':
      return tableToHtml(block, direction);
    case 'picture':
      return pictureToHtml(block, direction);
  }
}

/**
 * A picture as a figure: the library's bytes embedded as a `data:` URL (the
 * document needs nothing beside it and fetches nothing), or the relative
 * address of its file beside the page when the export writes one, the caption and the
 * credit under it. Sized from the stored pixels so the page reserves its room.
 */
function pictureToHtml(picture: Extract<ExportBlock, { type: 'picture' }>, direction: TextDirection): string {
  const image = picture.image
    ? `<img src="${picture.image.href === undefined ? `data:${picture.image.mediaType};base64,${picture.image.base64}` : escapeHtml(picture.image.href)}" alt="${escapeHtml(picture.alt)}" width="${picture.width}" height="${picture.height}">`
    : '';
  const caption = picture.caption ? `<span class="picture-caption">${directedText(picture.caption, direction)}</span>` : '';
  const credit = picture.credit ? `<span class="picture-credit">${directedText(picture.credit, direction)}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure class="picture picture-${picture.layout}">${image}${figcaption}</figure>`;
}

/** A body table; its header row is a `thead`, which the print engine repeats on every page the table runs over. */
function tableToHtml(table: Extract<ExportBlock, { type: 'table' }>, direction: TextDirection): string {
  const columns = `<colgroup>${table.widths.map((width) => `<col style="width: ${(width * 100).toFixed(2)}%">`).join('')}</colgroup>`;
  const row = (cells: ExportRun[][], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${runsToHtml(cell, direction)}</${tag}>`).join('')}</tr>`;
  const [first, ...rest] = table.rows;
  const head = table.headerRow && first ? `<thead>${row(first, 'th')}</thead>` : '';
  const body = (table.headerRow ? rest : table.rows).map((cells) => row(cells, 'td')).join('');
  return `<table class="body-table">${columns}${head}<tbody>${body}</tbody></table>`;
}
