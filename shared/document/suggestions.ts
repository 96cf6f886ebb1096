import { createEditor, Editor, Element, Node, Path, Range, Text, Transforms, type BaseRange, type Descendant, type NodeEntry, type Point } from 'slate';
import { briefingBodySchema, type BriefingBody, type FieldReferenceElement, type FormattedText } from './briefing-body';
import { isFieldReference } from './briefing-normalization';
import { deepCopy } from './deep-copy';
import { perBlock } from './per-block';
import type { SuggestionKind, SuggestionMark } from './suggestion-schema';
import { withSectionGuards } from './with-section-guards';
import './slate-types';

/**
 * Suggested changes in the body. A reviewer's inserted text (or field
 * reference) carries an `insert` suggestion and is shown until someone
 * accepts it (the mark goes) or rejects it (the text goes); deleted text
 * carries a `delete` suggestion and stays in place until accepted (the text
 * goes) or rejected (the mark goes). The marks are properties of the text,
 * so Slate's own operations move, split, merge and undo them with it; the
 * suggestions are whatever the marks say, with no list kept elsewhere.
 */

type Suggestible = FormattedText | FieldReferenceElement;

const isSuggestible = (node: Node): node is Suggestible => Text.isText(node) || isFieldReference(node);
const suggestionOf = (node: Node): SuggestionMark | undefined => (isSuggestible(node) ? node.suggestion : undefined);

/** One suggestion as the margin and the command line list it. */
export interface SuggestionSummary {
  id: string;
  kind: SuggestionKind;
  author: string;
  at: string;
  /** The inserted or deleted text; a field reference reads as its field's id in braces ("{meetingDate}"). */
  text: string;
  sectionIndex: number;
}

interface SuggestionPiece {
  mark: SuggestionMark;
  text: string;
}

/** The suggestion marks of one block in reading order. */
const blockPieces = perBlock((block): SuggestionPiece[] => {
  const pieces: SuggestionPiece[] = [];
  const visit = (node: Descendant) => {
    const mark = suggestionOf(node);
    if (mark) {
      pieces.push({ mark, text: Text.isText(node) ? node.text : `{${(node as FieldReferenceElement).fieldId}}` });
      return;
    }
    if (Element.isElement(node)) for (const child of node.children) visit(child);
  };
  visit(block);
  return pieces;
});

/** Every suggestion in the order its text begins in the body. */
export function suggestionList(body: readonly Descendant[]): SuggestionSummary[] {
  const found = new Map<string, SuggestionSummary>();
  body.forEach((section, sectionIndex) => {
    for (const block of Element.isElement(section) && !isSuggestible(section) ? section.children : [section]) {
      for (const { mark, text } of blockPieces(block)) {
        const known = found.get(mark.id);
        if (known) known.text += text;
        else found.set(mark.id, { id: mark.id, kind: mark.kind, author: mark.author, at: mark.at, text, sectionIndex });
      }
    }
  });
  return [...found.values()];
}

/** How many suggestions wait for a decision: what the status bar counts and what holds up approval. */
export function openSuggestionCount(body: readonly Descendant[]): number {
  return suggestionList(body).length;
}

/**
 * One step of the suggestion rules for `normalizeNode`: a suggestion on no text is no suggestion (a
 * field reference carries its own on the reference, never on the empty text inside it), and only
 * text and field references carry one.
 */
export function normalizeSuggestions(editor: Editor, [node, path]: NodeEntry): boolean {
  if (Text.isText(node) && node.suggestion && node.text === '') {
    Transforms.unsetNodes(editor, 'suggestion', { at: path, voids: true });
    return true;
  }
  if (Element.isElement(node) && !isFieldReference(node) && 'suggestion' in node) {
    Transforms.unsetNodes(editor, 'suggestion', { at: path, voids: true });
    return true;
  }
  return false;
}

/** The marked texts and references of one suggestion (or of all), in document order. */
function itemsOf(editor: Editor, id: string | undefined): NodeEntry<Suggestible>[] {
  return Array.from(
    Editor.nodes<Suggestible>(editor, {
      at: [],
      voids: true,
      match: (node) => {
        const mark = suggestionOf(node);
        return mark !== undefined && (id === undefined || mark.id === id);
      },
    }),
  );
}

/** True when nothing a reader sees lies between the two points: no text and no field, page break or rule. */
function nothingBetween(editor: Editor, from: Point, to: Point, own: readonly Path[]): boolean {
  const between = { anchor: from, focus: to };
  if (Editor.string(editor, between) !== '') return false;
  for (const [, path] of Editor.nodes(editor, { at: between, voids: true, match: (node) => Element.isElement(node) && Editor.isVoid(editor, node) })) {
    if (!own.some((item) => Path.equals(item, path) || Path.isAncestor(path, item))) return false;
  }
  return true;
}

/**
 * Removes the marked content: runs of marked items with nothing between them
 * are deleted as one range, so a deletion across a paragraph end joins the
 * paragraphs as an ordinary deletion would; the editor's section guards keep
 * every section (a run across sections empties each part, never merges them).
 */
function removeItems(editor: Editor, items: readonly NodeEntry<Suggestible>[]): void {
  const paths = items.map(([, path]) => path);
  const runs: { start: Point; end: Point }[] = [];
  for (const [, path] of items) {
    const start = Editor.start(editor, path);
    const end = Editor.end(editor, path);
    const last = runs[runs.length - 1];
    if (last && nothingBetween(editor, last.end, start, paths)) last.end = end;
    else runs.push({ start, end });
  }
  const refs = runs.map(({ start, end }) => Editor.rangeRef(editor, { anchor: start, focus: end }));
  for (const ref of refs.reverse()) {
    const range = ref.unref();
    if (!range) continue;
    const [start, end] = Range.edges(range);
    const startVoid = Editor.void(editor, { at: start });
    const endVoid = Editor.void(editor, { at: end });
    if (Range.isCollapsed(range) && startVoid) Transforms.removeNodes(editor, { at: startVoid[1], voids: true });
    else if (startVoid && endVoid && Path.equals(startVoid[1], endVoid[1])) Transforms.removeNodes(editor, { at: startVoid[1], voids: true });
    else Transforms.delete(editor, { at: range, voids: false });
  }
}

/** Accepts or rejects one suggestion (`id`) or every one: false when there was none. Undoable as one step. */
export function decideSuggestion(editor: Editor, id: string | undefined, decision: 'accept' | 'reject'): boolean {
  const items = itemsOf(editor, id);
  if (items.length === 0) return false;
  // Accepting an insertion or rejecting a deletion keeps the content; the other two remove it.
  const removed = decision === 'accept' ? 'delete' : 'insert';
  Editor.withoutNormalizing(editor, () => {
    const toRemove = items.filter(([node]) => suggestionOf(node)?.kind === removed);
    const toKeep = items.filter(([node]) => suggestionOf(node)?.kind !== removed);
    const keepRefs = toKeep.map(([, path]) => Editor.pathRef(editor, path));
    removeItems(editor, toRemove);
    for (const ref of keepRefs) {
      const path = ref.unref();
      if (path) Transforms.unsetNodes(editor, 'suggestion', { at: path, voids: true });
    }
  });
  return true;
}

/** The body after accepting or rejecting one suggestion or all (undefined: all), as the main process applies it. */
export function decideSuggestionInBody(body: BriefingBody, id: string | undefined, decision: 'accept' | 'reject'): BriefingBody | undefined {
  const editor = withSectionGuards(createEditor());
  editor.children = deepCopy(body);
  Editor.normalize(editor, { force: true });
  if (!decideSuggestion(editor, id, decision)) return undefined;
  Editor.normalize(editor, { force: true });
  return briefingBodySchema.parse(editor.children);
}

/**
 * The author's text: the body as if every open suggestion were rejected.
 * What every export without review marks shows, so an unapproved reviewer's
 * edit never reaches a reader unnoticed.
 */
export function bodyAsWritten<T extends BriefingBody>(body: T): T {
  if (openSuggestionCount(body) === 0) return body;
  return (decideSuggestionInBody(body, undefined, 'reject') ?? body) as T;
}

// ————— Suggesting mode in an editor —————

interface SuggestingState {
  author: string;
  now: () => Date;
  newId: () => string;
}

const suggesting = new WeakMap<Editor, SuggestingState>();

/** Turns Suggesting mode on (with the author's name) or off for an editor. */
export function setSuggesting(editor: Editor, state: SuggestingState | undefined): void {
  if (state) suggesting.set(editor, state);
  else suggesting.delete(editor);
}

export const isSuggesting = (editor: Editor): boolean => suggesting.has(editor);

/** The reviewer's suggestion of this kind right beside the point, to extend, or a new one. */
function suggestionNear(editor: Editor, state: SuggestingState, kind: SuggestionKind, points: readonly (Point | undefined)[]): SuggestionMark {
  for (const point of points) {
    if (!point) continue;
    const [leaf] = Editor.leaf(editor, point);
    if (leaf.suggestion?.kind === kind && leaf.suggestion.author === state.author) return leaf.suggestion;
  }
  return { id: state.newId(), kind, author: state.author, at: state.now().toISOString() };
}

/**
 * Marks a range as a suggested deletion, leaving its text in place. Text that
 * is itself a suggested insertion is simply taken out: it was never the
 * author's. Returns where the range now ends.
 */
export function suggestDeletion(editor: Editor, range: BaseRange, mark: SuggestionMark): Range | undefined {
  const ref = Editor.rangeRef(editor, range);
  Editor.withoutNormalizing(editor, () => {
    const inserted = Array.from(Editor.nodes<Suggestible>(editor, { at: range, voids: false, match: (node) => suggestionOf(node)?.kind === 'insert' }));
    const insertedRefs = inserted.map(([node, path]) => {
      const whole = Editor.range(editor, path);
      const part = Text.isText(node) ? Range.intersection(whole, range) : whole;
      return { ref: part && Editor.rangeRef(editor, part), path: Editor.pathRef(editor, path), text: Text.isText(node) };
    });
    for (const { ref: part, path, text } of insertedRefs.reverse()) {
      const at = part?.unref();
      const nodePath = path.unref();
      if (text && at && !Range.isCollapsed(at)) Transforms.delete(editor, { at });
      else if (!text && nodePath) Transforms.removeNodes(editor, { at: nodePath, voids: true });
    }
    const current = ref.current;
    if (!current || Range.isCollapsed(current)) return;
    Transforms.setNodes(editor, { suggestion: mark }, { at: current, match: (node) => Text.isText(node) && !node.suggestion && node.text !== '', split: true });
    const after = ref.current;
    if (after) Transforms.setNodes(editor, { suggestion: mark }, { at: after, match: (node) => isFieldReference(node) && !node.suggestion });
  });
  return ref.unref() ?? undefined;
}

/** Marks nodes about to be inserted as the reviewer's insertion (content already marked keeps its mark). */
function markInserted<T extends Node>(nodes: readonly T[], markFor: () => SuggestionMark): T[] {
  let mark: SuggestionMark | undefined;
  const made = () => (mark ??= markFor());
  const visit = (node: Node): Node => {
    if (Text.isText(node)) return node.suggestion || node.text === '' ? node : { ...node, suggestion: made() };
    if (isFieldReference(node)) return node.suggestion ? node : { ...node, suggestion: made() };
    if (Element.isElement(node)) return { ...node, children: node.children.map(visit) } as Node;
    return node;
  };
  return nodes.map((node) => visit(node) as T);
}

/** Takes suggestion marks off copied content: text pasted elsewhere is not the earlier suggestion. */
function withoutSuggestionMarks<T extends Node>(nodes: readonly T[]): T[] {
  return JSON.parse(JSON.stringify(nodes), (key, value: unknown) => (key === 'suggestion' ? undefined : value)) as T[];
}

/**
 * Suggesting mode for an editor that has the section guards: while it is on
 * (`setSuggesting`), typing, Backspace, Delete, typing over a selection,
 * inserting a field reference and pasting are kept as suggestions instead of
 * changing the text. Deletions never join paragraphs or sections: Backspace
 * at a paragraph's start only moves the caret. Changes made at a given place
 * (`at`: replace in Find, spelling's choice, accepting a suggestion) and
 * structure (Enter, block formats, lists, tables) apply directly.
 */
export function withSuggestions<T extends Editor>(editor: T): T {
  const { insertText, insertNodes, insertFragment, deleteBackward, deleteForward, deleteFragment, delete: deleteRange } = editor;

  /** Typing over a selection: the selection is suggested for deletion, and the caret goes after it. */
  const clearSelection = (state: SuggestingState) => {
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection)) return;
    const [start, end] = Range.edges(selection);
    const mark = suggestionNear(editor, state, 'delete', [Editor.before(editor, start), end]);
    const left = suggestDeletion(editor, selection, mark);
    Transforms.select(editor, left ? Range.end(left) : end);
  };

  /** One step of Backspace or Delete: the character (or word…) beside the caret is marked, and the caret passes it. */
  const suggestStep = (state: SuggestingState, unit: 'character' | 'word' | 'line' | 'block', reverse: boolean) => {
    const { selection } = editor;
    if (!selection) return;
    if (Range.isExpanded(selection)) {
      const [start, end] = Range.edges(selection);
      const mark = suggestionNear(editor, state, 'delete', [Editor.before(editor, start), end]);
      const left = suggestDeletion(editor, selection, mark);
      Transforms.select(editor, left ? Range.start(left) : start);
      return;
    }
    const point = selection.anchor;
    const target = reverse ? Editor.before(editor, point, { unit }) : Editor.after(editor, point, { unit });
    if (!target) return;
    const block = (at: Point) => Editor.above(editor, { at, match: (node) => Element.isElement(node) && Editor.isBlock(editor, node) && node.type !== 'section', mode: 'lowest' })?.[1];
    const here = block(point);
    const there = block(target);
    if (!here || !there || !Path.equals(here, there)) {
      // Joining paragraphs is structure, which suggestions do not carry: the caret only moves.
      Transforms.select(editor, target);
      return;
    }
    const range = reverse ? { anchor: target, focus: point } : { anchor: point, focus: target };
    // The reviewer's deletion the caret has just passed: after it for Backspace, before it for Delete.
    const mark = suggestionNear(editor, state, 'delete', reverse ? [point, Editor.after(editor, point)] : [point, Editor.before(editor, point)]);
    const left = suggestDeletion(editor, range, mark);
    Transforms.select(editor, left ? (reverse ? Range.start(left) : Range.end(left)) : target);
  };

  editor.deleteBackward = (unit) => {
    const state = suggesting.get(editor);
    if (!state) return deleteBackward(unit);
    suggestStep(state, unit, true);
  };
  editor.deleteForward = (unit) => {
    const state = suggesting.get(editor);
    if (!state) return deleteForward(unit);
    suggestStep(state, unit, false);
  };
  editor.deleteFragment = (options) => {
    const state = suggesting.get(editor);
    if (!state) return deleteFragment(options);
    suggestStep(state, 'character', options?.direction === 'backward');
  };
  editor.delete = (options = {}) => {
    const state = suggesting.get(editor);
    // A deletion at a given place is a command's own (Find's replace, accepting a suggestion): it applies.
    if (!state || options.at !== undefined) return deleteRange(options);
    suggestStep(state, options.unit ?? 'character', options.reverse === true);
  };

  editor.insertText = (text, options) => {
    const state = suggesting.get(editor);
    if (!state || options?.at !== undefined) return insertText(text, options);
    Editor.withoutNormalizing(editor, () => {
      clearSelection(state);
      const { selection } = editor;
      if (!selection) return;
      const point = selection.anchor;
      const mark = suggestionNear(editor, state, 'insert', [point, Editor.before(editor, point)]);
      const [leaf] = Editor.leaf(editor, point);
      const { text: _text, suggestion: _suggestion, ...leafMarks } = leaf;
      const base = editor.marks ? { ...editor.marks } : leafMarks;
      delete (base as Partial<FormattedText>).suggestion;
      editor.marks = { ...base, suggestion: mark };
      insertText(text, options);
    });
  };

  editor.insertNodes = (nodes, options) => {
    const state = suggesting.get(editor);
    if (!state || options?.at !== undefined) return insertNodes(nodes, options);
    const list = Node.isNode(nodes) ? [nodes] : nodes;
    Editor.withoutNormalizing(editor, () => {
      clearSelection(state);
      const point = editor.selection?.anchor;
      insertNodes(markInserted(list, () => suggestionNear(editor, state, 'insert', point ? [point, Editor.before(editor, point)] : [])), options);
    });
  };

  editor.insertFragment = (fragment, options) => {
    const clean = withoutSuggestionMarks(fragment);
    const state = suggesting.get(editor);
    if (!state || options?.at !== undefined) return insertFragment(clean, options);
    Editor.withoutNormalizing(editor, () => {
      clearSelection(state);
      insertFragment(markInserted(clean, () => ({ id: state.newId(), kind: 'insert', author: state.author, at: state.now().toISOString() })), options);
    });
  };

  return editor;
}
