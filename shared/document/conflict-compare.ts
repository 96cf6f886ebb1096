import { diffArrays, diffWordsWithSpace, type Change } from 'diff';
import type { Briefing, FieldValue, Participant, PersonValue } from './briefing';
import type { BlockElement, SectionElement, TableElement } from './briefing-body';
import { MAX_PICTURE_CAPTION } from './picture';
import { sectionLabels } from './language/document-language';
import type { BriefingTemplate } from './template';

/**
 * A team conflict read part by part: the title, each Details field, the
 * participants and each section of the body, "mine" (this library's text)
 * against "theirs" (the server's), word by word. The conflict view in the
 * app and `team conflicts ID` on the command line read this, and an edited
 * merge is built from the same parts, so what a person sees is what they
 * decide on.
 */

export type ConflictPartKind = 'title' | 'field' | 'participants' | 'section';

export interface ConflictPart {
  kind: ConflictPartKind;
  /** `title`, `participants`, `field:<id>` or `section:<sectionId>#<n>` (the n-th section of that id). */
  key: string;
  /** The field's label from the template, or the section's heading; empty for the title and the participants. */
  label: string;
  mine: string;
  theirs: string;
  /** Whether the person can edit this part as text in a merge (the title, text fields and sections). */
  editable: boolean;
  /**
   * How a merge edits it: `text`, `participants` (rows, from the side
   * chosen), `person` (name, title, organisation), or `side` only (a field
   * that is text on one side and a person on the other).
   */
  editAs: 'text' | 'participants' | 'person' | 'side';
  /** Word by word from theirs to mine: `added` is only in mine, `removed` only in theirs. */
  changes: Change[];
}

/** One side and, for a part edited, what the person wrote: text, the participants' rows, or a person. */
export interface MergeChoice {
  side: 'mine' | 'theirs';
  text?: string;
  /** The participants as edited (rows added, removed, changed), started from `side`. */
  participants?: Participant[];
  /** A person field as edited. */
  person?: PersonValue;
}

const isPerson = (value: FieldValue | undefined): value is PersonValue => typeof value === 'object' && value !== null;

function fieldText(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return [value.name, value.title, value.organisation].filter((part) => part.trim() !== '').join(', ');
}

function participantLine(participant: Participant): string {
  const who = [participant.name, participant.title, participant.organisation].filter((part) => part.trim() !== '').join(', ');
  return participant.role.trim() ? `${who} (${participant.role.trim()})` : who;
}

/** The text a node holds, table cells apart by a tab and rows by a line. */
function nodeText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const value = node as { text?: unknown; children?: unknown; type?: unknown; caption?: unknown };
  if (typeof value.text === 'string') return value.text;
  if (value.type === 'picture') return typeof value.caption === 'string' ? value.caption : '';
  if (!Array.isArray(value.children)) return '';
  const separator = value.type === 'table' ? '\n' : value.type === 'table-row' ? '\t' : '';
  return value.children.map(nodeText).join(separator);
}

/** A section's blocks as text, one paragraph per block, a blank line between them. */
export function sectionText(section: SectionElement): string {
  return section.children
    .map(nodeText)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

function sectionsByKey(briefing: Briefing): Map<string, SectionElement> {
  const seen = new Map<string, number>();
  const result = new Map<string, SectionElement>();
  for (const section of briefing.body) {
    const n = seen.get(section.sectionId) ?? 0;
    seen.set(section.sectionId, n + 1);
    result.set(`section:${section.sectionId}#${n}`, section);
  }
  return result;
}

function part(kind: ConflictPartKind, key: string, label: string, mine: string, theirs: string, editable: boolean, editAs: ConflictPart['editAs'] = editable ? 'text' : 'side'): ConflictPart {
  return { kind, key, label, mine, theirs, editable, editAs, changes: diffWordsWithSpace(theirs, mine) };
}

/** Every part of the two versions, in the order the editor shows them, each with its word diff. */
export function compareConflict(mine: Briefing, theirs: Briefing | null, template?: BriefingTemplate): ConflictPart[] {
  const other = theirs ?? { ...mine, title: '', fields: {}, participants: [], body: [] };
  const parts: ConflictPart[] = [part('title', 'title', '', mine.title, other.title, true)];
  const fieldIds = [...(template?.fields.map((field) => field.id) ?? [])];
  for (const id of [...Object.keys(mine.fields), ...Object.keys(other.fields)]) if (!fieldIds.includes(id)) fieldIds.push(id);
  for (const id of fieldIds) {
    const label = template?.fields.find((field) => field.id === id)?.label ?? id;
    const a = mine.fields[id];
    const b = other.fields[id];
    const editable = (a === undefined || a === null || typeof a === 'string') && (b === undefined || b === null || typeof b === 'string');
    const person = !editable && (a === undefined || a === null || isPerson(a)) && (b === undefined || b === null || isPerson(b));
    parts.push(part('field', `field:${id}`, label, fieldText(a), fieldText(b), editable, editable ? 'text' : person ? 'person' : 'side'));
  }
  parts.push(part('participants', 'participants', '', mine.participants.map(participantLine).join('\n'), other.participants.map(participantLine).join('\n'), false, 'participants'));
  const mineSections = sectionsByKey(mine);
  const theirSections = sectionsByKey(other);
  const keys = [...mineSections.keys()];
  for (const key of theirSections.keys()) if (!keys.includes(key)) keys.push(key);
  for (const key of keys) {
    const a = mineSections.get(key);
    const b = theirSections.get(key);
    const section = a ?? b;
    const heading = section ? sectionLabels(section, mine.templateId, mine.language).heading : '';
    const label = (heading || key.slice('section:'.length).replace(/#\d+$/u, '')).trim();
    parts.push(part('section', key, label, a ? sectionText(a) : '', b ? sectionText(b) : '', true));
  }
  return parts;
}

/** Whether the two sides of a part differ. */
export const partDiffers = (conflictPart: ConflictPart): boolean => conflictPart.changes.some((change) => change.added || change.removed);

/** A table whose text was rewritten with the same rows and cells: each cell takes its new text. */
function tableFromText(table: TableElement, text: string): TableElement | undefined {
  const rows = text.split('\n').map((row) => row.split('\t'));
  if (rows.length !== table.children.length || rows.some((cells, r) => cells.length !== table.children[r]?.children.length)) return undefined;
  return {
    ...table,
    children: table.children.map((row, r) => ({
      ...row,
      children: row.children.map((cell, c) => (nodeText(cell) === rows[r]?.[c] ? cell : { ...cell, children: [{ text: rows[r]?.[c] ?? '' }] })),
    })),
  };
}

const plainParagraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

/**
 * The block a paragraph of the merge's text takes the place of: the same kind (a heading stays a heading, a list
 * item keeps its list and level, a picture its image with the new caption, a table its rows with the new cells'
 * text), with the text as written; the formatting inside the rewritten text is not kept.
 */
function rewrittenBlock(block: BlockElement, text: string): BlockElement {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'list-item':
    case 'block-quote': {
      const { breakSuggestion: _break, formSuggestion: _form, ...kind } = block;
      return { ...kind, children: [{ text }] };
    }
    case 'picture':
      return { ...block, caption: text.replace(/\s+/gu, ' ').slice(0, MAX_PICTURE_CAPTION) };
    case 'table':
      return tableFromText(block, text) ?? plainParagraph(text);
    default:
      return plainParagraph(text);
  }
}

/** How many of their words two texts share (Dice's coefficient over distinct words, case folded), from 0 to 1. */
function likeness(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wordsOfA = words(a);
  const wordsOfB = words(b);
  if (wordsOfA.size + wordsOfB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsOfA) if (wordsOfB.has(word)) shared++;
  return (2 * shared) / (wordsOfA.size + wordsOfB.size);
}

/** A paragraph rewritten in a merge is taken as the block it shares at least this much of its words with. */
const REWRITE_LIKENESS = 0.3;

/**
 * A section rebuilt from text the person wrote, one block per blank-line-separated paragraph. A paragraph that is
 * as it was keeps its block whole (formatting, links, field references, a picture, a table); a rewritten one keeps
 * its block's kind (`rewrittenBlock`); a new one is a plain paragraph. Blocks that hold no text (a page break, a
 * rule, a picture without a caption) stay where they were, so the merge's text view cannot drop what it cannot show.
 */
function sectionFromText(section: SectionElement, text: string): SectionElement {
  const paragraphs = text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  // The section's blocks that show as a paragraph, each with the textless blocks just before it.
  const shown: { block: BlockElement; text: string; before: BlockElement[] }[] = [];
  let textless: BlockElement[] = [];
  for (const block of section.children) {
    const blockText = nodeText(block);
    if (blockText.trim() === '') textless.push(block);
    else {
      shown.push({ block, text: blockText.trim(), before: textless });
      textless = [];
    }
  }
  const children: BlockElement[] = [];
  let next = 0; // the next shown block of the section not yet placed
  // The blocks a run of new paragraphs replaces, and how many of them have had their place taken.
  let replaced: typeof shown = [];
  let from = 0;
  const keepTextlessUpTo = (end: number) => {
    for (; from < end; from++) children.push(...(replaced[from]?.before ?? []));
  };
  const endReplaced = () => {
    keepTextlessUpTo(replaced.length);
    replaced = [];
    from = 0;
  };
  for (const change of diffArrays(
    shown.map((entry) => entry.text),
    paragraphs,
  )) {
    if (change.removed) {
      endReplaced();
      replaced = shown.slice(next, next + change.count);
      next += change.count;
    } else if (change.added) {
      // Each new paragraph takes the place of the most alike of the blocks it replaces, in order; one like none
      // of them is new.
      for (const paragraph of change.value) {
        let best = -1;
        let bestScore = REWRITE_LIKENESS;
        for (let i = from; i < replaced.length; i++) {
          const score = likeness(replaced[i]?.text ?? '', paragraph);
          if (score >= bestScore) [best, bestScore] = [i, score];
        }
        const old = replaced[best];
        if (old) {
          keepTextlessUpTo(best + 1);
          children.push(rewrittenBlock(old.block, paragraph));
        } else children.push(plainParagraph(paragraph));
      }
      endReplaced();
    } else {
      endReplaced();
      for (let i = 0; i < change.count; i++) {
        const entry = shown[next];
        if (entry) children.push(...entry.before, entry.block);
        next++;
      }
    }
  }
  endReplaced();
  children.push(...textless);
  return { ...section, children: children.length > 0 ? children : [plainParagraph('')] };
}

/**
 * The merged briefing: every part from the side the person chose for it
 * (parts not in `choices` from `start`), and a part edited (as text, as
 * participants' rows, as a person) taken as written. A section whose text was not changed keeps its blocks whole;
 * in one that was rewritten every paragraph left as it was keeps its block (`sectionFromText`). The revision is mine's: the
 * replica sends it as the revision after the server's.
 */
export function mergeBriefing(mine: Briefing, theirs: Briefing, start: 'mine' | 'theirs', choices: Readonly<Record<string, MergeChoice>>): Briefing {
  const sides = { mine, theirs };
  const base = sides[start];
  const sideOf = (key: string) => choices[key]?.side ?? start;
  const textOf = (key: string) => choices[key]?.text;
  const title = textOf('title') ?? sides[sideOf('title')].title;
  const fields = { ...base.fields };
  for (const id of new Set([...Object.keys(mine.fields), ...Object.keys(theirs.fields)])) {
    const key = `field:${id}`;
    const chosen = sides[sideOf(key)].fields[id];
    const text = textOf(key);
    const person = choices[key]?.person;
    if (text !== undefined && (chosen === undefined || chosen === null || typeof chosen === 'string')) fields[id] = text;
    else if (person !== undefined && (chosen === undefined || chosen === null || isPerson(chosen))) fields[id] = person;
    else if (chosen === undefined) delete fields[id];
    else fields[id] = chosen;
  }
  const participants = choices.participants?.participants ?? sides[sideOf('participants')].participants;
  const baseSections = sectionsByKey(base);
  const otherSide = start === 'mine' ? 'theirs' : 'mine';
  const otherSections = sectionsByKey(sides[otherSide]);
  const body: SectionElement[] = [];
  const take = (key: string) => {
    const side = sideOf(key);
    const section = (side === start ? baseSections : otherSections).get(key);
    if (!section) return;
    const text = textOf(key);
    body.push(text !== undefined && text !== sectionText(section) ? sectionFromText(section, text) : section);
  };
  for (const key of baseSections.keys()) take(key);
  for (const key of otherSections.keys()) if (!baseSections.has(key)) take(key);
  return { ...base, id: mine.id, revision: mine.revision, title, fields, participants, body: body.length > 0 ? body : base.body };
}
