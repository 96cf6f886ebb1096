import type { ExportDocument, ExportRun } from '../shared/document/export/export-document';
import { pictureText } from '../shared/document/export/plain-text';

const escape = (text: string): string => text.replace(/([\\`*_{}[\]<>#|~^])/gu, '\\$1');

function runs(list: readonly ExportRun[]): string {
  return list
    .map((run) => {
      let text = escape(run.text);
      if (run.marks.has('bold')) text = `**${text}**`;
      if (run.marks.has('italic')) text = `*${text}*`;
      return run.url ? `[${text}](${run.url})` : text;
    })
    .join('');
}

/** The same content as the DOCX export, as Pandoc Markdown, for the pandoc comparison. */
export function exportMarkdown(document: ExportDocument): string {
  const lines: string[] = [`# ${escape(document.title)}`, '', `**${escape(document.header.dateline)}**`, ''];
  for (const section of document.sections) {
    if (section.heading) lines.push(`## ${escape(section.heading)}`, '');
    for (const block of section.blocks) {
      switch (block.type) {
        case 'paragraph':
          lines.push(runs(block.runs), '');
          break;
        case 'heading':
          lines.push(`${'#'.repeat(block.level + 1)} ${runs(block.runs)}`, '');
          break;
        case 'quote':
          lines.push(`> ${runs(block.runs)}`, '');
          break;
        case 'list':
          block.items.forEach((item, index) => lines.push(`${'    '.repeat(item.indent)}${block.listType === 'numbered' ? `${index + 1}.` : '-'} ${runs(item.runs)}`));
          lines.push('');
          break;
        case 'page-break':
        case 'rule':
          lines.push('---', '');
          break;
        case 'table': {
          // A pipe table: the header row (or an empty one, which Markdown needs), a line feed in a cell as <br>.
          const cells = (row: ExportRun[][]) => `| ${row.map((cell) => runs(cell).replace(/\n/gu, '<br>')).join(' | ')} |`;
          const [first = [], ...rest] = block.rows;
          lines.push(block.headerRow ? cells(first) : cells(first.map(() => [])), `|${first.map(() => '---').join('|')}|`, ...(block.headerRow ? rest : block.rows).map(cells), '');
          break;
        }
        case 'picture':
          // The comparison is of text layout: a picture is its plain-text line.
          lines.push(escape(pictureText(block, document.words.plainText.photo)), '');
          break;
      }
    }
  }
  if (document.participants) {
    lines.push('## Participants', '', `| ${document.participants.columns.join(' | ')} |`, `|${document.participants.columns.map(() => '---').join('|')}|`);
    for (const row of document.participants.rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
