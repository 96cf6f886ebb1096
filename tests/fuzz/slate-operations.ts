import fc from 'fast-check';
import { Editor, Node, Path, Text, type Descendant, type Operation } from 'slate';
import { headingLevels, listTypes, markNames, MAX_LIST_INDENT, personParts } from '../../shared/document/briefing-body';
import { blockArbitrary, fieldReferenceArbitrary, formattedTextArbitrary, linkArbitrary, sectionArbitrary, textArbitrary } from './briefing-arbitraries';

export const operationKinds = [
  'insert_text',
  'remove_text',
  'split_node',
  'merge_node',
  'move_node',
  'insert_node',
  'remove_node',
  'set_node',
  'set_selection',
] as const;
export type OperationKind = (typeof operationKinds)[number];

/**
 * One editing step, as numbers that pick places in whatever the document
 * is when the step runs, plus the text, node and properties it may carry.
 * Steps are turned into real Slate operations one at a time against the
 * current tree, so every generated operation addresses nodes that exist,
 * and fast-check can still shrink a failing sequence.
 */
export interface OperationStep {
  kind: OperationKind;
  picks: [number, number, number, number];
  text: string;
  node: Descendant;
  /** Index into the properties a `set_node` may give the chosen node. */
  change: number;
}

const anyNode: fc.Arbitrary<Descendant> = fc.oneof(
  { weight: 3, arbitrary: blockArbitrary },
  { weight: 2, arbitrary: formattedTextArbitrary },
  { weight: 1, arbitrary: linkArbitrary },
  { weight: 1, arbitrary: fieldReferenceArbitrary },
  { weight: 1, arbitrary: sectionArbitrary },
);

export const operationStepArbitrary: fc.Arbitrary<OperationStep> = fc.record({
  kind: fc.constantFrom(...operationKinds),
  picks: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
  text: textArbitrary.filter((text) => text !== ''),
  node: anyNode,
  change: fc.nat(),
});

const pick = <T>(items: readonly T[], choice: number): T | undefined => (items.length === 0 ? undefined : items[choice % items.length]);

function nodePaths(editor: Editor): Path[] {
  return Array.from(Node.nodes(editor), ([, path]) => path).filter((path) => path.length > 0);
}

function elementPaths(editor: Editor): Path[] {
  return Array.from(Node.nodes(editor), ([node, path]) => ({ node, path }))
    .filter(({ node }) => !Text.isText(node))
    .map(({ path }) => path);
}

const lengthOf = (node: Node): number => (Text.isText(node) ? node.text.length : node.children.length);

/** Own properties of a node except its content, as `split_node` copies them to the new half. */
function propertiesOf(node: Node): Record<string, unknown> {
  const { text: _text, children: _children, ...properties } = node as unknown as Record<string, unknown>;
  return properties;
}

const fuzzSuggestion = (id: string, kind: 'insert' | 'delete') => ({ suggestion: { id, kind, author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z' } });
/** Suggested paragraph marks on any element: a break, a join (one of the fuzzed briefing's ids or a new one), or none. */
const breakChanges: Record<string, unknown>[] = [
  { breakSuggestion: fuzzSuggestion('fuzz-b1', 'insert').suggestion },
  { breakSuggestion: fuzzSuggestion('fuzz-s2', 'delete').suggestion },
  { breakSuggestion: fuzzSuggestion('fuzz-b2', 'delete').suggestion },
  { breakSuggestion: null },
  // Suggested forms (a block made a heading or a list, or one from a list): kept only on a text block whose form differs.
  { formSuggestion: { id: 'fuzz-f1', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z', from: { type: 'paragraph' } } },
  { formSuggestion: { id: 'fuzz-f1', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z', from: { type: 'heading', level: 3 } } },
  { formSuggestion: { id: 'fuzz-s1', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z', from: { type: 'list-item', listType: 'numbered', indent: 1 } } },
  { formSuggestion: null },
];
const suggestionChanges: Record<string, unknown>[] = [fuzzSuggestion('fuzz-s1', 'insert'), fuzzSuggestion('fuzz-s2', 'delete'), fuzzSuggestion('fuzz-new', 'insert'), { suggestion: null }];
/** Suggested formatting of text: old marks that differ from the text's or equal them (dropped), a known id or a new one. */
const markSuggestionChanges: Record<string, unknown>[] = [
  { formatSuggestion: { id: 'fuzz-m1', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z', from: {} } },
  { formatSuggestion: { id: 'fuzz-m1', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z', from: { bold: true, italic: true } } },
  { formatSuggestion: { id: 'fuzz-s2', author: 'Rəşad Quliyev', at: '2025-11-21T10:00:00.000Z', from: { superscript: true } } },
  { formatSuggestion: null },
];

/**
 * The property changes a `set_node` may make, for the node's kind: every
 * mark on or off on a text; any block turned into any other block with the
 * properties that kind needs (and without those it no longer has), a
 * section or a block quote included; new levels, list kinds and indents;
 * another address for a link; another field or part for a reference; new
 * section settings. Values stay in the model's vocabulary: the contract's
 * schema refuses anything else before it reaches an editor.
 */
function propertyChanges(node: Node, text: string, change: number): Record<string, unknown>[] {
  // Review comment anchors too: one of the fuzzed briefings' own threads, one no thread has, or none.
  // And suggested changes: an insertion or deletion (one of the fuzzed briefing's own ids or a new one), or none.
  if (Text.isText(node)) return [...markNames.flatMap((mark) => [{ [mark]: true }, { [mark]: null }]), { comments: ['fuzz-a'] }, { comments: ['nowhere'] }, { comments: null }, ...suggestionChanges, ...markSuggestionChanges];
  if (Editor.isEditor(node)) return [];
  const clear = { level: null, listType: null, indent: null, sectionId: null, heading: null, guidance: null, required: null, locked: null, url: null, fieldId: null, part: null, headerRow: null, columnWidths: null, hash: null, width: null, height: null, layout: null, alt: null, caption: null, credit: null };
  const level = headingLevels[change % headingLevels.length];
  const listType = listTypes[change % listTypes.length];
  const indent = change % (MAX_LIST_INDENT + 1);
  const blockShapes: Record<string, unknown>[] = [
    { ...clear, type: 'paragraph' },
    { ...clear, type: 'heading', level },
    { ...clear, type: 'list-item', listType, indent },
    { ...clear, type: 'block-quote' },
    { ...clear, type: 'page-break' },
    { ...clear, type: 'horizontal-rule' },
    { ...clear, type: 'section', sectionId: 'converted', heading: text, guidance: '', required: false, locked: false },
    // Any block may become a table, a row or a cell, with widths that fit or not: normalisation makes it rectangular again.
    { ...clear, type: 'table', columnWidths: change % 2 === 0 ? [1] : [0.7, 0.7, 0.7] },
    { ...clear, type: 'table-row' },
    { ...clear, type: 'table-cell' },
    // Any block may become a picture, with an address or without one (normalisation drops a picture it cannot show).
    { ...clear, type: 'picture', hash: change % 2 === 0 ? 'c0'.repeat(32) : text, width: 640, height: change % 5, layout: 'full', alt: text, caption: text, credit: '' },
  ];
  switch (node.type) {
    case 'link':
      return [{ url: change % 2 === 0 ? 'https://example.org/' : 'mailto:someone@example.org' }];
    case 'field-ref':
      return [...suggestionChanges, { fieldId: 'meetingDate', part: null }, { fieldId: 'host', part: personParts[change % personParts.length] }, { fieldId: text.replace(/[^a-zA-Z0-9]/gu, '').replace(/^[^a-zA-Z]+/u, '') || 'x' }];
    case 'section':
      return [{ heading: text }, { guidance: text }, { required: change % 2 === 0 }, { locked: change % 2 === 1 }, ...blockShapes];
    case 'heading':
      return [{ level }, ...breakChanges, ...blockShapes];
    case 'list-item':
      return [{ indent }, { listType }, ...breakChanges, ...blockShapes];
    case 'picture':
      return [{ caption: `${text}\n${text}` }, { credit: text }, { alt: text }, { layout: change % 2 === 0 ? 'half' : 'left' }, { width: change }, ...blockShapes];
    case 'table':
      return [{ headerRow: change % 2 === 0 ? true : null }, { columnWidths: [change % 3, 1] }, ...blockShapes];
    default:
      return [...breakChanges, ...blockShapes];
  }
}

/** The Slate operation a step makes in `editor` as it is now, or undefined when the document has no place for it. */
export function operationFor(editor: Editor, step: OperationStep): Operation | undefined {
  const [a, b, c, d] = step.picks;
  switch (step.kind) {
    case 'insert_text': {
      const path = pick(Array.from(Node.texts(editor), ([, textPath]) => textPath), a);
      if (!path) return undefined;
      return { type: 'insert_text', path, offset: b % (Node.leaf(editor, path).text.length + 1), text: step.text };
    }
    case 'remove_text': {
      const path = pick(Array.from(Node.texts(editor), ([, textPath]) => textPath), a);
      if (!path) return undefined;
      const { text } = Node.leaf(editor, path);
      const offset = b % (text.length + 1);
      const removed = text.slice(offset, offset + (c % (text.length - offset + 1)));
      return removed === '' ? undefined : { type: 'remove_text', path, offset, text: removed };
    }
    case 'insert_node': {
      const parent = pick([[], ...elementPaths(editor)], a);
      if (!parent) return undefined;
      const at = Node.get(editor, parent);
      return { type: 'insert_node', path: [...parent, b % (lengthOf(at) + 1)], node: step.node };
    }
    case 'remove_node': {
      const path = pick(nodePaths(editor), a);
      return path ? { type: 'remove_node', path, node: Node.get(editor, path) } : undefined;
    }
    case 'split_node': {
      const path = pick(nodePaths(editor), a);
      if (!path) return undefined;
      const node = Node.get(editor, path);
      return { type: 'split_node', path, position: b % (lengthOf(node) + 1), properties: propertiesOf(node) };
    }
    case 'merge_node': {
      const candidates = nodePaths(editor).filter((path) => {
        if (path[path.length - 1] === 0) return false;
        return Text.isText(Node.get(editor, path)) === Text.isText(Node.get(editor, Path.previous(path)));
      });
      const path = pick(candidates, a);
      if (!path) return undefined;
      return { type: 'merge_node', path, position: lengthOf(Node.get(editor, Path.previous(path))), properties: {} };
    }
    case 'move_node': {
      const path = pick(nodePaths(editor), a);
      const parent = pick([[], ...elementPaths(editor)], b);
      if (!path || !parent || Path.isAncestor(path, parent) || Path.equals(path, parent)) return undefined;
      const newPath = [...parent, c % (lengthOf(Node.get(editor, parent)) + 1)];
      return Path.equals(path, newPath) ? undefined : { type: 'move_node', path, newPath };
    }
    case 'set_node': {
      const path = pick(nodePaths(editor), a);
      if (!path) return undefined;
      const node = Node.get(editor, path);
      const newProperties = pick(propertyChanges(node, step.text, d), step.change);
      if (!newProperties) return undefined;
      const current = node as unknown as Record<string, unknown>;
      const properties = Object.fromEntries(Object.keys(newProperties).map((key) => [key, current[key] ?? null]));
      return { type: 'set_node', path, properties, newProperties };
    }
    case 'set_selection': {
      const texts = Array.from(Node.texts(editor), ([, textPath]) => textPath);
      const anchor = pick(texts, a);
      const focus = pick(texts, b);
      if (!anchor || !focus) return undefined;
      const point = (path: Path, offset: number) => ({ path, offset: offset % (Node.leaf(editor, path).text.length + 1) });
      return { type: 'set_selection', properties: editor.selection, newProperties: c % 5 === 0 ? null : { anchor: point(anchor, c), focus: point(focus, d) } } as Operation;
    }
  }
}
