import { formattingLocale } from '../field-format';
import type { ExportBlock, ExportDocument, ExportRun, ExportTable } from './export-document';

const runsText = (runs: readonly ExportRun[]): string => runs.map((run) => run.text).join('');

function listText(block: Extract<ExportBlock, { type: 'list' }>): string[] {
  // Numbers restart per list and per indent level, as in Word and the PDF.
  const counters: number[] = [];
  return block.items.map((item) => {
    counters.length = item.indent + 1;
    counters[item.indent] = (counters[item.indent] ?? 0) + 1;
    const marker = block.listType === 'numbered' ? `${counters[item.indent]}.` : '-';
    return `${'   '.repeat(item.indent)}${marker} ${runsText(item.runs)}`;
  });
}

function blockText(block: ExportBlock): string {
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
      return listText(block).join('\n');
    case 'page-break':
    case 'rule':
      return '----';
  }
}

/** A link's address follows its text, in angle brackets, once per link. */
function withLinkAddresses(block: ExportBlock): ExportBlock {
  if (!('runs' in block)) return block;
  return { ...block, runs: block.runs.map((run, index) => (run.url && block.runs[index + 1]?.url !== run.url ? { ...run, text: `${run.text} <${run.url}>` } : run)) };
}

function tableText(table: ExportTable): string {
  return table.rows.map((row) => row.filter(Boolean).join(', ')).join('\n');
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
  if (document.draft) masthead.unshift('DRAFT');
  if (masthead.length > 0) parts.push(masthead.join('\n'));
  parts.push([document.title, header.subtitle].filter(Boolean).join('\n'));
  if (header.dateline) parts.push(header.dateline);
  for (const section of document.sections.filter((candidate) => !candidate.endMark)) {
    const blocks = section.blocks.map((block) => blockText(withLinkAddresses(block)));
    // The heading sits directly above its first paragraph, as wire copy sets it.
    if (section.heading !== null) blocks[0] = `${section.heading.toLocaleUpperCase(formattingLocale(document.language))}\n${blocks[0] ?? ''}`;
    parts.push(...blocks);
  }
  if (document.participants) parts.push(`PARTICIPANTS\n${tableText(document.participants)}`);
  if (document.contact.length > 0) parts.push(document.contact.join('\n'));
  for (const section of document.sections.filter((candidate) => candidate.endMark)) parts.push(section.blocks.map(blockText).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
