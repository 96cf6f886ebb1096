import { upperCaseIn } from '../language/text-case';
import type { ExportBlock, ExportDocument, ExportRun, ExportTable } from './export-document';
import type { DocumentStrings } from '../language/document-strings';

const runsText = (runs: readonly ExportRun[]): string => runs.map((run) => run.text).join('');

function listText(block: Extract<ExportBlock, { type: 'list' }>, bullet: string): string[] {
  // Numbers restart per list and per indent level, as in Word and the PDF.
  const counters: number[] = [];
  return block.items.map((item) => {
    counters.length = item.indent + 1;
    counters[item.indent] = (counters[item.indent] ?? 0) + 1;
    const marker = block.listType === 'numbered' ? `${counters[item.indent]}.` : bullet;
    return `${'   '.repeat(item.indent)}${marker} ${runsText(item.runs)}`;
  });
}

function blockText(block: ExportBlock, words: DocumentStrings['plainText']): string {
  const { bullet } = words;
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return runsText(block.runs);
    case 'quote':
      return runsText(block.runs)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return listText(block, bullet).join('\n');
    case 'page-break':
    case 'rule':
      return '----';
    case 'table':
      return bodyTableText(block.rows.map((row) => row.map(runsText)), block.headerRow);
    case 'picture':
      return pictureText(block, words.photo);
  }
}

/** "[Photo: caption — credit]": the alt text stands in for a missing caption, so a reader still learns what the picture shows. */
export function pictureText(picture: Extract<ExportBlock, { type: 'picture' }>, label: string): string {
  const said = picture.caption || picture.alt;
  const parts = [said, picture.credit].filter(Boolean).join(' — ');
  return parts ? `[${label}: ${parts}]` : `[${label}]`;
}

/** Wider than this, aligned columns would wrap in an e-mail and stop lining up: one line per row instead. */
const MAX_ALIGNED_WIDTH = 100;

/**
 * A body table in plain text: aligned columns (a cell's own lines stacked),
 * with a rule under the header row; a table too wide for that is one line per
 * row, cells separated by " | ".
 */
export function bodyTableText(rows: readonly string[][], headerRow: boolean): string {
  const cells = rows.map((row) => row.map((cell) => cell.split('\n').map((line) => line.trimEnd())));
  const widths: number[] = [];
  for (const row of cells) row.forEach((lines, column) => (widths[column] = Math.max(widths[column] ?? 0, ...lines.map((line) => [...line].length))));
  const total = widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1);
  if (total > MAX_ALIGNED_WIDTH) return rows.map((row) => row.map((cell) => cell.replace(/\s*\n\s*/gu, ' ')).join(' | ')).join('\n');
  const pad = (text: string, width: number) => text + ' '.repeat(width - [...text].length);
  const lines: string[] = [];
  cells.forEach((row, index) => {
    const height = Math.max(...row.map((cellLines) => cellLines.length));
    for (let line = 0; line < height; line += 1) lines.push(row.map((cellLines, column) => pad(cellLines[line] ?? '', widths[column] ?? 0)).join('  ').trimEnd());
    if (index === 0 && headerRow) lines.push(widths.map((width) => '-'.repeat(width)).join('  '));
  });
  return lines.join('\n');
}

/** A link's address follows its text, in angle brackets, once per link. */
function withLinkAddresses(block: ExportBlock): ExportBlock {
  if (!('runs' in block)) return block;
  return { ...block, runs: block.runs.map((run, index) => (run.url && block.runs[index + 1]?.url !== run.url ? { ...run, text: `${run.text} <${run.url}>` } : run)) };
}

function tableText(table: ExportTable, separator: string): string {
  return table.rows.map((row) => row.filter(Boolean).join(separator)).join('\n');
}

/** The sections alone (no masthead, participants or contact), as `show --text` prints a briefing's text. */
export function sectionsPlainText(document: ExportDocument): string {
  return document.sections
    .map((section) => [...(section.heading === null ? [] : [section.heading]), ...section.blocks.map((block) => blockText(withLinkAddresses(block), document.words.plainText))].join('\n'))
    .join('\n\n');
}

/**
 * The briefing as plain text for wire services and e-mail bodies: no markup,
 * blank lines between paragraphs, lists numbered in the text, links followed
 * by their address in angle brackets.
 */
export function plainText(document: ExportDocument): string {
  const { header } = document;
  const parts: string[] = [];
  const masthead = [header.organisation, header.releaseLine, header.classification].filter(Boolean);
  if (document.draft) masthead.unshift(document.words.draftMark);
  const { listSeparator } = document.words.plainText;
  if (masthead.length > 0) parts.push(masthead.join('\n'));
  parts.push([document.title, header.subtitle].filter(Boolean).join('\n'));
  if (header.dateline) parts.push(header.dateline);
  for (const section of document.sections.filter((candidate) => !candidate.endMark)) {
    const blocks = section.blocks.map((block) => blockText(withLinkAddresses(block), document.words.plainText));
    // The heading sits directly above its first paragraph, as wire copy sets it, in capitals by the rules of its own language.
    if (section.heading !== null) blocks[0] = `${upperCaseIn(section.heading, section.headingLanguage)}\n${blocks[0] ?? ''}`;
    parts.push(...blocks);
  }
  if (document.participants) parts.push(`${upperCaseIn(document.words.participants.heading, document.language)}\n${tableText(document.participants, listSeparator)}`);
  if (document.contact.length > 0) parts.push(document.contact.join('\n'));
  for (const section of document.sections.filter((candidate) => candidate.endMark)) parts.push(section.blocks.map((block) => blockText(block, document.words.plainText)).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
