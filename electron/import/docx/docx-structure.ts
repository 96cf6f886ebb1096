import type { BlockElement } from '../../../shared/document/briefing-body';
import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE, type HtmlNode } from '../../../shared/document/html/html-node';
import { htmlToBlocks } from '../../../shared/document/html/html-to-blocks';
import { headingKey, type ImportedParticipant } from '../../../shared/document/import/imported-document';
import { participantColumnKeys, participantSideOf } from '../../../shared/document/import/language-headings';

/** The sanitised document cut into title, lines above it, intro and sections, with its tables handled. */
export interface DocxStructure {
  title: string | null;
  /** Lines above the Title paragraph (letterhead, masthead): read for release hints, not put in the body. */
  linesAboveTitle: string[];
  intro: BlockElement[];
  sections: { heading: string; blocks: BlockElement[] }[];
  participants: ImportedParticipant[];
}

const fragment = (childNodes: HtmlNode[]): HtmlNode => ({ nodeType: DOCUMENT_FRAGMENT_NODE, nodeName: '#document-fragment', childNodes, textContent: null });
const element = (tag: string, childNodes: HtmlNode[], from?: HtmlNode): HtmlNode => ({
  nodeType: ELEMENT_NODE,
  nodeName: tag.toUpperCase(),
  childNodes,
  textContent: childNodes.map((child) => child.textContent ?? '').join(''),
  getAttribute: (name) => from?.getAttribute?.(name) ?? null,
});

const tagOf = (node: HtmlNode): string => (node.nodeType === ELEMENT_NODE ? node.nodeName.toLowerCase() : '');
const children = (node: HtmlNode): HtmlNode[] => Array.from(node.childNodes);
const plainText = (node: HtmlNode): string => (node.textContent ?? '').replace(/[\s\u00a0]+/gu, ' ').trim();
const headingLevel = (node: HtmlNode): number | undefined => {
  const match = /^h([1-6])$/u.exec(tagOf(node));
  return match ? Number(match[1]) : undefined;
};

/** The rows of a table with their cells, through thead/tbody/tfoot. */
function tableRows(table: HtmlNode): HtmlNode[][] {
  const rows: HtmlNode[][] = [];
  const visit = (node: HtmlNode) => {
    for (const child of children(node)) {
      const tag = tagOf(child);
      if (tag === 'tr') rows.push(children(child).filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th'));
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

type Column = keyof ImportedParticipant;
const columnNames: [RegExp, Column][] = [
  [/^(?:name|full name|ad|ad,? soyad|soyad|имя|фио|ф\.и\.о\.)$/iu, 'name'],
  [/^(?:title|position|job title|vəzifə|должность)$/iu, 'title'],
  [/^(?:organisation|organization|institution|delegation|ministry|təşkilat|qurum|организация|ведомство)$/iu, 'organisation'],
  [/^(?:side|tərəf|сторона)$/iu, 'side'],
  [/^(?:role|rol|роль)$/iu, 'role'],
];

/** A table is taken as participants when its first row names a Name column and a Title or Organisation column. */
function participantsOf(rows: HtmlNode[][]): ImportedParticipant[] | undefined {
  const [header, ...body] = rows;
  if (!header) return undefined;
  const localised = participantColumnKeys();
  const columns = header.map((cell) => localised.get(headingKey(plainText(cell))) ?? columnNames.find(([pattern]) => pattern.test(plainText(cell)))?.[1]);
  if (!columns.includes('name') || !(columns.includes('title') || columns.includes('organisation'))) return undefined;
  return body
    .map((row) => {
      const person: ImportedParticipant = { name: '', title: '', organisation: '', side: 'other', role: '' };
      row.forEach((cell, index) => {
        const column = columns[index];
        const value = plainText(cell).slice(0, 300);
        if (column === 'side') {
          person.side = participantSideOf(value) ?? (/^(?:host|ev sahibi|qəbul edən|принимающая)/iu.test(value) ? 'host' : /^(?:guest|qonaq|konuk|misafir|гост)/iu.test(value) ? 'guest' : 'other');
        }
        else if (column !== undefined) person[column] = value;
      });
      return person;
    })
    .filter((person) => person.name !== '' || person.organisation !== '');
}

/**
 * Cuts the sanitised HTML of a Word file into its parts. The h1 (Word's
 * Title) is the title, or else an opening heading that is the only one of
 * its level; the top heading level used below it (or a paragraph
 * that is exactly one of `knownHeadings`, as in drafts that type headings as
 * bold lines) starts a section; deeper headings move up so that the level
 * below a section is a level-2 heading. Tables with Name and Title or
 * Organisation columns become participants; other tables stay tables.
 */
export function docxStructure(root: HtmlNode, knownHeadings: ReadonlySet<string>): DocxStructure {
  const nodes = children(root).filter((node) => node.nodeType === ELEMENT_NODE || plainText(node) !== '');
  let titleIndex = nodes.findIndex((node) => tagOf(node) === 'h1');
  const firstLevel = nodes[0] ? headingLevel(nodes[0]) : undefined;
  // Without a Title paragraph, a document that opens with its only top-level heading has it as its title.
  if (titleIndex < 0 && firstLevel !== undefined && nodes.filter((node) => (headingLevel(node) ?? 7) <= firstLevel).length === 1) titleIndex = 0;
  const title = titleIndex >= 0 ? plainText(nodes[titleIndex] as HtmlNode) : null;
  const linesAboveTitle = titleIndex >= 0 ? nodes.slice(0, titleIndex).map(plainText).filter((line) => line !== '') : [];
  const rest = titleIndex >= 0 ? nodes.slice(titleIndex + 1) : nodes;
  const levels = rest.map(headingLevel).filter((level): level is number => level !== undefined);
  const sectionLevel = levels.length > 0 ? Math.min(...levels) : 7;

  const result: DocxStructure = { title: title || null, linesAboveTitle, intro: [], sections: [], participants: [] };
  let current: HtmlNode[] = [];
  let heading: string | undefined;
  const flush = () => {
    const blocks = htmlToBlocks(fragment(current));
    if (heading === undefined) result.intro.push(...blocks);
    else result.sections.push({ heading, blocks });
    current = [];
  };
  for (const node of rest) {
    const level = headingLevel(node);
    const text = plainText(node);
    const isKnownLine = tagOf(node) === 'p' && text.length <= 80 && knownHeadings.has(headingKey(text));
    if ((level !== undefined && level <= sectionLevel) || isKnownLine) {
      flush();
      heading = text;
      continue;
    }
    if (level !== undefined) {
      // Word's Heading 2 under a Heading 1 section is the briefing's level-2 heading.
      current.push(element(`h${Math.max(2, level - sectionLevel + 1)}`, children(node), node));
      continue;
    }
    if (tagOf(node) === 'table') {
      const rows = tableRows(node);
      const participants = participantsOf(rows);
      if (participants) {
        result.participants.push(...participants);
        continue;
      }
    }
    current.push(node);
  }
  flush();
  return result;
}
