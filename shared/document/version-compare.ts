import { diffArrays, diffWordsWithSpace } from 'diff';
import type { FieldValue, FieldValues } from './briefing';
import type { BlockElement, BriefingBody, InlineNode, ListItemElement, MarkName, PictureElement } from './briefing-body';
import { formatFieldValue, isPersonValue } from './field-format';
import { resolveFieldReference } from './field-references';
import { fieldValueOf } from './own-fields';
import { sectionLabels } from './language/document-language';
import { bodyAsWritten } from './suggestions';
import type { BriefingTemplate } from './template';

/**
 * Two versions of a briefing side by side, as a reviewer reads them: each version flattened into the blocks the
 * editor shows (title, section headings, paragraphs, headings, numbered and bulleted items with their numbers, table
 * rows, pictures by caption), field references resolved with the values that version had, then compared block by
 * block and, inside a changed block, word by word. History in the app and `history --compare` on the command line
 * both read this.
 */

/** A piece of text with the formatting it shows. `field` marks the value of a field reference. */
export interface VersionRun {
  text: string;
  marks?: Partial<Record<MarkName, true>>;
  field?: true;
  link?: true;
}

export type VersionBlockKind =
  | 'title'
  | 'section-heading'
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'block-quote'
  | 'table-row'
  | 'picture'
  | 'page-break'
  | 'horizontal-rule';

export interface VersionBlock {
  kind: VersionBlockKind;
  /** Heading level (1–3) of a `heading`. */
  level?: number;
  /** A list item's nesting and its marker as the editor shows it: "1.", "b.", "iii.", "•", "◦", "▪". */
  indent?: number;
  listType?: ListItemElement['listType'];
  marker?: string;
  /** A table row's cells, each as runs; `runs` then holds them joined by tabs, for comparing. */
  cells?: VersionRun[][];
  /** A picture's image; `runs` holds its caption and credit. */
  picture?: Pick<PictureElement, 'hash' | 'alt' | 'width' | 'height' | 'layout'>;
  runs: VersionRun[];
}

/** What a version is made of, for reading: the parts of a briefing or of a saved revision. */
export interface VersionContent {
  title: string;
  body: BriefingBody;
  fields: FieldValues;
  language: string;
}

const bullets = ['•', '◦', '▪'];

function toRoman(value: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}

function toAlpha(value: number): string {
  let rest = value;
  let result = '';
  while (rest > 0) {
    rest -= 1;
    result = String.fromCharCode(97 + (rest % 26)) + result;
    rest = Math.floor(rest / 26);
  }
  return result;
}

/** A number in the style of its level, as the editor's list CSS shows it: 1., a., i., then again. */
export function listNumber(value: number, indent: number): string {
  switch (indent % 3) {
    case 1:
      return `${toAlpha(value)}.`;
    case 2:
      return `${toRoman(value)}.`;
    default:
      return `${value}.`;
  }
}

/**
 * The markers of a section's list items, by the editor's rules: an item's level counts on while the block before
 * it is a numbered item at the same level or any item deeper in; otherwise it starts again at 1.
 */
export function listMarkers(blocks: readonly BlockElement[]): (string | undefined)[] {
  const counters: number[] = [];
  return blocks.map((block, index) => {
    if (block.type !== 'list-item') return undefined;
    if (block.listType === 'bulleted') return bullets[block.indent % bullets.length];
    const previous = index > 0 ? blocks[index - 1] : undefined;
    const continues = previous?.type === 'list-item' && ((previous.listType === 'numbered' && previous.indent === block.indent) || previous.indent > block.indent);
    counters[block.indent] = continues ? (counters[block.indent] ?? 0) + 1 : 1;
    return listNumber(counters[block.indent] ?? 1, block.indent);
  });
}

function marksOf(node: { [key in MarkName]?: true }): VersionRun['marks'] {
  const marks: Partial<Record<MarkName, true>> = {};
  for (const name of ['bold', 'italic', 'underline', 'strikethrough', 'superscript', 'subscript'] as const) if (node[name]) marks[name] = true;
  return Object.keys(marks).length > 0 ? marks : undefined;
}

function run(text: string, extra: Omit<VersionRun, 'text'>): VersionRun {
  const result: VersionRun = { text };
  if (extra.marks) result.marks = extra.marks;
  if (extra.field) result.field = true;
  if (extra.link) result.link = true;
  return result;
}

/** Turns a version's inline nodes into runs, field references shown with the value they had then (or "[Label]" while empty, as in the editor). */
function inlineRuns(children: readonly InlineNode[], content: VersionContent, template: BriefingTemplate | undefined): VersionRun[] {
  const runs: VersionRun[] = [];
  for (const node of children) {
    if ('text' in node) {
      if (node.text) runs.push(run(node.text, { marks: marksOf(node) }));
    } else if (node.type === 'field-ref') {
      const { label, value } = resolveFieldReference(node, template, content.fields, content.language);
      runs.push(run(value || `[${label}]`, { field: true }));
    } else {
      for (const child of node.children) if (child.text) runs.push(run(child.text, { marks: marksOf(child), link: true }));
    }
  }
  return runs;
}

/** A version as the blocks a reader sees, open suggestions shown as their author wrote the text (as exports do). */
export function versionBlocks(content: VersionContent, template: BriefingTemplate | undefined): VersionBlock[] {
  const blocks: VersionBlock[] = [{ kind: 'title', runs: content.title.trim() ? [{ text: content.title.trim() }] : [] }];
  for (const section of bodyAsWritten(content.body)) {
    // The heading as the editor shows it: in the briefing's language unless someone renamed it.
    const heading = sectionLabels(section, template?.id ?? '', content.language).heading;
    if (heading) blocks.push({ kind: 'section-heading', runs: [{ text: heading }] });
    const markers = listMarkers(section.children);
    section.children.forEach((block, index) => {
      switch (block.type) {
        case 'paragraph':
        case 'block-quote':
          blocks.push({ kind: block.type, runs: inlineRuns(block.children, content, template) });
          break;
        case 'heading':
          blocks.push({ kind: 'heading', level: block.level, runs: inlineRuns(block.children, content, template) });
          break;
        case 'list-item':
          blocks.push({ kind: 'list-item', indent: block.indent, listType: block.listType, marker: markers[index] ?? '', runs: inlineRuns(block.children, content, template) });
          break;
        case 'table':
          for (const row of block.children) {
            const cells = row.children.map((cell) => inlineRuns(cell.children, content, template));
            const runs: VersionRun[] = [];
            cells.forEach((cell, cellIndex) => {
              if (cellIndex > 0) runs.push({ text: '\t' });
              runs.push(...cell);
            });
            blocks.push({ kind: 'table-row', cells, runs });
          }
          break;
        case 'picture':
          blocks.push({ kind: 'picture', picture: { hash: block.hash, alt: block.alt, width: block.width, height: block.height, layout: block.layout }, runs: [block.caption, block.credit].filter(Boolean).length > 0 ? [{ text: [block.caption, block.credit].filter(Boolean).join(' — ') }] : [] });
          break;
        case 'page-break':
        case 'horizontal-rule':
          blocks.push({ kind: block.type, runs: [] });
          break;
      }
    });
  }
  return blocks;
}

export const blockText = (block: VersionBlock) => block.runs.map((piece) => piece.text).join('');

/** A stretch of a changed block: kept, added (in the newer version only) or removed (in the older only). `change` numbers the changes from 0. */
export interface ComparedPart {
  kind: 'same' | 'added' | 'removed';
  runs: VersionRun[];
  change?: number;
}

export type ComparedBlock =
  | { kind: 'same'; block: VersionBlock }
  | { kind: 'added' | 'removed'; block: VersionBlock; change: number }
  | { kind: 'changed'; block: VersionBlock; parts: ComparedPart[] };

export interface VersionComparison {
  blocks: ComparedBlock[];
  /** How many changes a reader steps through: each run of changed words in a block, each run of whole blocks added or removed. */
  changes: number;
}

/** The runs covering characters [start, end) of `runs`, formatting kept. */
function sliceRuns(runs: readonly VersionRun[], start: number, end: number): VersionRun[] {
  const result: VersionRun[] = [];
  let offset = 0;
  for (const piece of runs) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + piece.text.length);
    if (from < to) result.push({ ...piece, text: piece.text.slice(from - offset, to - offset) });
    offset += piece.text.length;
    if (offset >= end) break;
  }
  return result;
}

const blockKey = (block: VersionBlock) => `${block.kind}|${block.level ?? ''}|${block.listType ?? ''}|${block.indent ?? ''}|${block.picture?.hash ?? ''}|${blockText(block)}`;

/** Word by word inside one block, formatting of each side kept; a run of added and removed words in a row counts as one change. */
function compareBlock(before: VersionBlock, after: VersionBlock, nextChange: () => number): ComparedPart[] {
  const parts: ComparedPart[] = [];
  let beforeOffset = 0;
  let afterOffset = 0;
  let inChange: number | undefined;
  for (const piece of diffWordsWithSpace(blockText(before), blockText(after))) {
    const length = piece.value.length;
    if (piece.added) {
      inChange ??= nextChange();
      parts.push({ kind: 'added', runs: sliceRuns(after.runs, afterOffset, afterOffset + length), change: inChange });
      afterOffset += length;
    } else if (piece.removed) {
      inChange ??= nextChange();
      parts.push({ kind: 'removed', runs: sliceRuns(before.runs, beforeOffset, beforeOffset + length), change: inChange });
      beforeOffset += length;
    } else {
      inChange = undefined;
      parts.push({ kind: 'same', runs: sliceRuns(after.runs, afterOffset, afterOffset + length) });
      beforeOffset += length;
      afterOffset += length;
    }
  }
  return parts;
}

/**
 * Compares an older version with a newer one: blocks the same in both are shown as they are; where blocks differ,
 * they are paired in order and compared word by word (a list item reworded stays one item with its words marked),
 * and what is left over is a whole block added or removed.
 */
export function compareVersions(before: readonly VersionBlock[], after: readonly VersionBlock[]): VersionComparison {
  let changes = 0;
  const nextChange = () => changes++;
  const blocks: ComparedBlock[] = [];
  const hunks = diffArrays(before.map(blockKey), after.map(blockKey));
  let beforeIndex = 0;
  let afterIndex = 0;
  for (let index = 0; index < hunks.length; index += 1) {
    const hunk = hunks[index]!;
    if (!hunk.added && !hunk.removed) {
      for (let count = 0; count < hunk.count; count += 1) blocks.push({ kind: 'same', block: after[afterIndex + count]! });
      beforeIndex += hunk.count;
      afterIndex += hunk.count;
      continue;
    }
    // A removal followed by an addition (or the other way round) is one stretch of changed blocks.
    const next = hunks[index + 1];
    const pairedWithNext = next && (next.added || next.removed) && next.added !== hunk.added;
    const removedCount = hunk.removed ? hunk.count : pairedWithNext && next.removed ? next.count : 0;
    const addedCount = hunk.added ? hunk.count : pairedWithNext && next.added ? next.count : 0;
    if (pairedWithNext) index += 1;
    const removed = before.slice(beforeIndex, beforeIndex + removedCount);
    const added = after.slice(afterIndex, afterIndex + addedCount);
    beforeIndex += removedCount;
    afterIndex += addedCount;
    const paired = Math.min(removed.length, added.length);
    for (let pair = 0; pair < paired; pair += 1) {
      const parts = compareBlock(removed[pair]!, added[pair]!, nextChange);
      if (parts.some((part) => part.change !== undefined)) {
        blocks.push({ kind: 'changed', block: added[pair]!, parts });
      } else {
        // The same words in another form (a paragraph made a heading, an item moved a level): the old form out, the new in.
        const change = nextChange();
        blocks.push({ kind: 'removed', block: removed[pair]!, change }, { kind: 'added', block: added[pair]!, change });
      }
    }
    if (removed.length > paired) {
      const change = nextChange();
      for (const block of removed.slice(paired)) blocks.push({ kind: 'removed', block, change });
    }
    if (added.length > paired) {
      const change = nextChange();
      for (const block of added.slice(paired)) blocks.push({ kind: 'added', block, change });
    }
  }
  return { blocks, changes };
}

/** A field of Details whose value differs between two versions, each value as a reader sees it ("" when empty). */
export interface FieldChange {
  fieldId: string;
  label: string;
  before: string;
  after: string;
}

/** A value as Details shows it: a person with every part they have (name, title, organisation), anything else as it reads. */
function shownValue(template: BriefingTemplate | undefined, fieldId: string, value: FieldValue | undefined, language: string): string {
  if (isPersonValue(value)) return [value.name, value.title, value.organisation].map((part) => part.trim()).filter(Boolean).join(', ');
  const field = template?.fields.find((candidate) => candidate.id === fieldId);
  if (field) return formatFieldValue(field, value, language).trim();
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The changes to Details from an older version to a newer one: each field whose value reads differently, in the
 * template's order (then any field the template no longer has, by id), each value formatted in its version's
 * language as the text shows it. A value only written differently (the same date, spaces around a name) is no change.
 */
export function compareFields(before: VersionContent, after: VersionContent, template: BriefingTemplate | undefined): FieldChange[] {
  const known = template?.fields.map((field) => field.id) ?? [];
  const others = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])].filter((id) => !known.includes(id)).sort();
  const changes: FieldChange[] = [];
  for (const fieldId of [...known, ...others]) {
    const old = shownValue(template, fieldId, fieldValueOf(before.fields, fieldId), before.language);
    const now = shownValue(template, fieldId, fieldValueOf(after.fields, fieldId), after.language);
    if (old === now) continue;
    const label = template?.fields.find((field) => field.id === fieldId)?.label ?? fieldId;
    changes.push({ fieldId, label, before: old, after: now });
  }
  return changes;
}
