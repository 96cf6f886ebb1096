import { createEditor, Editor, Element, Node, Path, Point, Range, Text, Transforms, type BaseRange, type Descendant, type NodeEntry } from 'slate';
import { briefingBodySchema, markNames, type BlockForm, type BlockQuoteElement, type BriefingBody, type FieldReferenceElement, type FormattedText, type HeadingElement, type ListItemElement, type MarkName, type MarkSet, type MarkSuggestion, type ParagraphElement } from './briefing-body';
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

/** A block whose paragraph mark can be suggested: running text in a section (not a table cell). */
type BreakBlock = ParagraphElement | HeadingElement | ListItemElement | BlockQuoteElement;
const breakBlockTypes: ReadonlySet<string> = new Set(['paragraph', 'heading', 'list-item', 'block-quote']);
const isBreakBlock = (node: Node | undefined): node is BreakBlock => node !== undefined && Element.isElement(node) && breakBlockTypes.has(node.type);

/** What a suggested paragraph mark reads as in the margin and on the command line, as Word shows it. */
export const PARAGRAPH_MARK = '¶';

/** The form of a text block apart from its text (paragraph, heading and level, list kind and level, quotation). */
export function blockFormOf(block: BreakBlock): BlockForm {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', level: block.level };
    case 'list-item':
      return { type: 'list-item', listType: block.listType, indent: block.indent };
    default:
      return { type: block.type };
  }
}

const sameForm = (one: BlockForm, other: BlockForm): boolean => JSON.stringify(one) === JSON.stringify(other);

/** Gives the text block at `path` the form `form`, leaving its text, paragraph mark and suggestions as they are. */
function setBlockForm(editor: Editor, path: Path, form: BlockForm): void {
  Transforms.unsetNodes(editor, ['level', 'listType', 'indent'], { at: path });
  Transforms.setNodes(editor, form, { at: path });
}

/** The marks that are on in a run (bold, italic…), as a set. */
export function marksOf(text: FormattedText | MarkSet): MarkSet {
  const marks: MarkSet = {};
  for (const name of markNames) if (text[name] === true) marks[name] = true;
  return marks;
}

const sameMarks = (one: MarkSet, other: MarkSet): boolean => markNames.every((name) => (one[name] === true) === (other[name] === true));

/** Gives the text at `path` exactly the marks `marks`, leaving its other properties as they are. */
function setMarks(editor: Editor, path: Path, marks: MarkSet): void {
  const off = markNames.filter((name) => marks[name] !== true);
  if (off.length > 0) Transforms.unsetNodes(editor, off, { at: path, voids: true });
  if (Object.keys(marks).length > 0) Transforms.setNodes(editor, marks, { at: path, voids: true });
}

/** One suggestion as the margin and the command line list it. */
export interface SuggestionSummary {
  id: string;
  /** `format`: a change of a block's form (a paragraph made a heading, a list turned on or off). */
  kind: SuggestionKind | 'format';
  /** For a `format` suggestion: the form suggested (what the block shows) and the form it had. */
  form?: BlockForm;
  from?: BlockForm;
  /** For a `format` suggestion of text (bold made, italic taken off…): the marks it switches on and off. */
  marks?: { added: MarkName[]; removed: MarkName[] };
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

/** A text's suggested formatting change, with the marks the text shows now. */
interface MarkPiece {
  formatMark: MarkSuggestion;
  text: string;
  now: MarkSet;
}

/** The suggestion marks of one block in reading order: insertions, deletions and formatting changes. */
const blockPieces = perBlock((block): (SuggestionPiece | MarkPiece)[] => {
  const pieces: (SuggestionPiece | MarkPiece)[] = [];
  const visit = (node: Descendant) => {
    const mark = suggestionOf(node);
    if (mark) pieces.push({ mark, text: Text.isText(node) ? node.text : `{${(node as FieldReferenceElement).fieldId}}` });
    if (Text.isText(node) && node.formatSuggestion) pieces.push({ formatMark: node.formatSuggestion, text: node.text, now: marksOf(node) });
    if (mark) return;
    if (Element.isElement(node)) for (const child of node.children) visit(child);
  };
  visit(block);
  return pieces;
});

/** Adds one run's change of marks (from `from` to `now`) to what a suggestion switches on and off. */
function addMarkChange(marks: { added: MarkName[]; removed: MarkName[] }, from: MarkSet, now: MarkSet): void {
  for (const name of markNames) {
    if (now[name] && !from[name] && !marks.added.includes(name)) marks.added.push(name);
    if (from[name] && !now[name] && !marks.removed.includes(name)) marks.removed.push(name);
  }
  // Kept in the toolbar's order, whatever order the runs came in.
  marks.added.sort((a, b) => markNames.indexOf(a) - markNames.indexOf(b));
  marks.removed.sort((a, b) => markNames.indexOf(a) - markNames.indexOf(b));
}

/** The blocks of a top-level node that suggestions are found in: a section's blocks, or the node itself. */
const blocksOfSection = (section: Descendant): readonly Descendant[] => (Element.isElement(section) && !isSuggestible(section) ? section.children : [section]);

/** Every suggestion in the order its text begins in the body. */
export function suggestionList(body: readonly Descendant[]): SuggestionSummary[] {
  const found = new Map<string, SuggestionSummary>();
  body.forEach((section, sectionIndex) => {
    for (const block of blocksOfSection(section)) {
      const pieces = blockPieces(block);
      const withBreak = isBreakBlock(block) && block.breakSuggestion ? [...pieces, { mark: block.breakSuggestion, text: PARAGRAPH_MARK }] : pieces;
      if (isBreakBlock(block) && block.formSuggestion) {
        const { id, author, at, from } = block.formSuggestion;
        const known = found.get(id);
        if (known) known.text += `\n${Node.string(block)}`;
        else found.set(id, { id, kind: 'format', author, at, text: Node.string(block), form: blockFormOf(block), from, sectionIndex });
      }
      for (const piece of withBreak) {
        if ('mark' in piece) {
          const { mark, text } = piece;
          const known = found.get(mark.id);
          if (known) known.text += text;
          else found.set(mark.id, { id: mark.id, kind: mark.kind, author: mark.author, at: mark.at, text, sectionIndex });
          continue;
        }
        const { formatMark: mark, text, now } = piece;
        const known = found.get(mark.id);
        if (known?.marks) {
          known.text += text;
          addMarkChange(known.marks, mark.from, now);
        } else if (!known) {
          const marks = { added: [], removed: [] };
          addMarkChange(marks, mark.from, now);
          found.set(mark.id, { id: mark.id, kind: 'format', author: mark.author, at: mark.at, text, marks, sectionIndex });
        }
      }
    }
  });
  return [...found.values()];
}

/**
 * The ids of the suggestions in one section (or top-level block), as `suggestionList` finds them. Kept per section
 * object: the status bar counts on every keystroke, which changes one section.
 */
const sectionSuggestionIds = perBlock((section): readonly string[] => {
  const ids = new Set<string>();
  for (const block of blocksOfSection(section)) {
    if (isBreakBlock(block) && block.formSuggestion) ids.add(block.formSuggestion.id);
    if (isBreakBlock(block) && block.breakSuggestion) ids.add(block.breakSuggestion.id);
    for (const piece of blockPieces(block)) ids.add('mark' in piece ? piece.mark.id : piece.formatMark.id);
  }
  return [...ids];
});

/** How many suggestions wait for a decision: what the status bar counts and what holds up approval. */
export function openSuggestionCount(body: readonly Descendant[]): number {
  const ids = new Set<string>();
  for (const section of body) for (const id of sectionSuggestionIds(section)) ids.add(id);
  return ids.size;
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
  // A suggested formatting change is kept only on text, and only while the text's marks differ from the ones it had.
  if (Text.isText(node) && 'formatSuggestion' in node && (node.text === '' || !node.formatSuggestion || sameMarks(node.formatSuggestion.from, marksOf(node)))) {
    Transforms.unsetNodes(editor, 'formatSuggestion', { at: path, voids: true });
    return true;
  }
  if (Element.isElement(node) && 'formatSuggestion' in node) {
    Transforms.unsetNodes(editor, 'formatSuggestion', { at: path, voids: true });
    return true;
  }
  if (Element.isElement(node) && !isFieldReference(node) && 'suggestion' in node) {
    Transforms.unsetNodes(editor, 'suggestion', { at: path, voids: true });
    return true;
  }
  if (Element.isElement(node) && 'breakSuggestion' in node && !isBreakBlock(node)) {
    Transforms.unsetNodes(editor, 'breakSuggestion', { at: path, voids: true });
    return true;
  }
  // A suggested form is kept only on a text block, and only while it differs from the form the block had.
  if (Element.isElement(node) && 'formSuggestion' in node && (!isBreakBlock(node) || !node.formSuggestion || sameForm(node.formSuggestion.from, blockFormOf(node)))) {
    Transforms.unsetNodes(editor, 'formSuggestion', { at: path, voids: true });
    return true;
  }
  // A suggested paragraph mark needs a text block after it in the same parent to join with.
  if (Element.isElement(node) && node.type === 'section') {
    for (const [index, child] of node.children.entries()) {
      if (isBreakBlock(child) && child.breakSuggestion && !isBreakBlock(node.children[index + 1])) {
        Transforms.unsetNodes(editor, 'breakSuggestion', { at: [...path, index] });
        return true;
      }
    }
  }
  return false;
}

/** The blocks whose suggested paragraph mark is suggestion `id` (or any), in document order. */
function breaksOf(editor: Editor, id: string | undefined): NodeEntry<BreakBlock>[] {
  return Array.from(
    Editor.nodes<BreakBlock>(editor, { at: [], match: (node) => isBreakBlock(node) && node.breakSuggestion !== undefined && (id === undefined || node.breakSuggestion.id === id) }),
  );
}

/** The blocks whose suggested form is suggestion `id` (or any), in document order. */
function formsOf(editor: Editor, id: string | undefined): NodeEntry<BreakBlock>[] {
  return Array.from(
    Editor.nodes<BreakBlock>(editor, { at: [], match: (node) => isBreakBlock(node) && node.formSuggestion !== undefined && (id === undefined || node.formSuggestion.id === id) }),
  );
}

/**
 * Joins the text block at `path` with the one after it, as deleting its paragraph mark does: the joined block
 * keeps the first block's form and takes the second's paragraph mark (and any suggestion on it).
 */
function joinWithNext(editor: Editor, path: Path): void {
  const next = Path.next(path);
  const after = Node.has(editor, next) ? Node.get(editor, next) : undefined;
  if (!isBreakBlock(after)) {
    Transforms.unsetNodes(editor, 'breakSuggestion', { at: path });
    return;
  }
  if (after.breakSuggestion) Transforms.setNodes(editor, { breakSuggestion: after.breakSuggestion }, { at: path });
  else Transforms.unsetNodes(editor, 'breakSuggestion', { at: path });
  Transforms.mergeNodes(editor, { at: next });
}

/** The texts whose suggested formatting change is suggestion `id` (or any), in document order. */
function markChangesOf(editor: Editor, id: string | undefined): NodeEntry<FormattedText>[] {
  return Array.from(
    Editor.nodes<FormattedText>(editor, { at: [], voids: true, match: (node) => Text.isText(node) && node.formatSuggestion !== undefined && (id === undefined || node.formatSuggestion.id === id) }),
  );
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
  const breaks = breaksOf(editor, id);
  const forms = formsOf(editor, id);
  const markChanges = markChangesOf(editor, id);
  if (items.length === 0 && breaks.length === 0 && forms.length === 0 && markChanges.length === 0) return false;
  // Accepting an insertion or rejecting a deletion keeps the content; the other two remove it.
  const removed = decision === 'accept' ? 'delete' : 'insert';
  Editor.withoutNormalizing(editor, () => {
    // Formatting of text: accepting keeps the new marks, rejecting restores the ones the text had.
    for (const [text, path] of markChanges) {
      if (decision === 'reject' && text.formatSuggestion) setMarks(editor, path, text.formatSuggestion.from);
      Transforms.unsetNodes(editor, 'formatSuggestion', { at: path, voids: true });
    }
    // Forms first, while every block is where it was: accepting keeps the new form, rejecting restores the old.
    for (const [block, path] of forms) {
      if (decision === 'reject' && block.formSuggestion) setBlockForm(editor, path, block.formSuggestion.from);
      Transforms.unsetNodes(editor, 'formSuggestion', { at: path });
    }
    // Paragraph marks first, from the last: a mark removed joins its block with the next, one kept loses its mark.
    const breakRefs = breaks.map(([node, path]) => ({ kind: node.breakSuggestion?.kind, ref: Editor.pathRef(editor, path) }));
    for (const { kind, ref } of breakRefs.reverse()) {
      const path = ref.unref();
      if (!path) continue;
      if (kind === removed) joinWithNext(editor, path);
      else Transforms.unsetNodes(editor, 'breakSuggestion', { at: path });
    }
  });
  if (items.length === 0) return true;
  Editor.withoutNormalizing(editor, () => {
    const items = itemsOf(editor, id);
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

/**
 * Runs a change of block forms (a paragraph made a heading, a list turned on or off or its kind changed). In
 * Suggesting mode every text block of a section whose form it changes keeps the change as a suggestion: the block
 * shows the new form and remembers the one it had (a block already suggested keeps its first form, and one changed
 * back to it has no suggestion left). Outside the mode the change simply applies. One undoable step either way.
 */
export function changeBlockForms(editor: Editor, change: () => void): void {
  const state = suggesting.get(editor);
  if (!state) {
    // Still one change: the properties of the old form go and the new one's come without normalising in between.
    Editor.withoutNormalizing(editor, change);
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    const before = new Map<string, { ref: ReturnType<typeof Editor.pathRef>; from: BlockForm; known: BreakBlock['formSuggestion'] }>();
    const range = editor.selection ?? undefined;
    if (!range) return;
    for (const [node, path] of Editor.nodes(editor, { at: range, match: (node, path) => isBreakBlock(node) && path.length === 2 })) {
      if (!isBreakBlock(node)) continue;
      before.set(path.join('.'), { ref: Editor.pathRef(editor, path), from: node.formSuggestion?.from ?? blockFormOf(node), known: node.formSuggestion });
    }
    change();
    let mark: { id: string; author: string; at: string } | undefined;
    for (const { ref, from, known } of before.values()) {
      const path = ref.unref();
      if (!path || !Node.has(editor, path)) continue;
      const node = Node.get(editor, path);
      if (!isBreakBlock(node)) continue;
      const now = blockFormOf(node);
      if (sameForm(now, from)) {
        if (known) Transforms.unsetNodes(editor, 'formSuggestion', { at: path });
      } else if (!known) {
        // The blocks one command changes make one suggestion, decided together.
        mark ??= { id: state.newId(), author: state.author, at: state.now().toISOString() };
        Transforms.setNodes(editor, { formSuggestion: { ...mark, from } }, { at: path });
      }
    }
  });
}

/**
 * Changes the marks of every text in `range` to `change(marks)`. In Suggesting mode a text the reviewer formats keeps
 * the change as a suggestion (Word's tracked formatting): it shows the new marks and remembers the ones it had (a
 * text already suggested keeps its first marks and its suggestion, and one changed back to them has none left); text
 * that is itself a suggested insertion, and a field reference, simply take the formatting. Outside the mode the change applies. The texts at
 * the range's edges are split first, as Slate's own mark commands do. One undoable step.
 */
export function changeMarks(editor: Editor, range: BaseRange, change: (marks: MarkSet) => MarkSet): void {
  const state = suggesting.get(editor);
  Editor.withoutNormalizing(editor, () => {
    const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
    const [start, end] = Range.edges(range);
    Transforms.splitNodes(editor, { at: end, match: Text.isText, mode: 'lowest', voids: true, always: !Editor.isEnd(editor, end, end.path) });
    const startNow = ref.current ? Range.start(ref.current) : start;
    Transforms.splitNodes(editor, { at: startNow, match: Text.isText, mode: 'lowest', voids: true, always: !Editor.isStart(editor, startNow, startNow.path) });
    const at = ref.unref();
    if (!at || Range.isCollapsed(at)) return;
    const texts = Array.from(Editor.nodes<FormattedText>(editor, { at, voids: true, match: Text.isText }));
    let mark: Omit<MarkSuggestion, 'from'> | undefined;
    for (const [text, path] of texts) {
      const now = marksOf(text);
      const next = change(now);
      if (sameMarks(now, next)) continue;
      setMarks(editor, path, next);
      // Empty text (a field reference's, which shows its field's value) cannot keep a suggestion: it takes the marks.
      if (!state || text.suggestion?.kind === 'insert' || text.text === '') continue;
      const from = text.formatSuggestion?.from ?? now;
      if (sameMarks(from, next)) Transforms.unsetNodes(editor, 'formatSuggestion', { at: path, voids: true });
      else if (!text.formatSuggestion) {
        // The texts one command formats make one suggestion, decided together.
        mark ??= { id: state.newId(), author: state.author, at: state.now().toISOString() };
        Transforms.setNodes(editor, { formatSuggestion: { ...mark, from } }, { at: path, voids: true });
      }
    }
  });
}

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

/** Suggestion marks on text, on a paragraph mark and on a block's form. */
const suggestionKeys: ReadonlySet<string> = new Set(['suggestion', 'breakSuggestion', 'formSuggestion', 'formatSuggestion']);

/** Takes suggestion marks off copied content: text or blocks pasted elsewhere are not the earlier suggestion. */
function withoutSuggestionMarks<T extends Node>(nodes: readonly T[]): T[] {
  return JSON.parse(JSON.stringify(nodes), (key, value: unknown) => (suggestionKeys.has(key) ? undefined : value)) as T[];
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
  const { insertText, insertNodes, insertFragment, insertBreak, deleteBackward, deleteForward, deleteFragment, delete: deleteRange, addMark, removeMark } = editor;

  /** A mark switched on or off over a selection in Suggesting mode is a suggested formatting change. */
  const markCommand = (key: string, value: unknown): boolean => {
    const { selection } = editor;
    if (!suggesting.has(editor) || !selection || Range.isCollapsed(selection) || !(markNames as readonly string[]).includes(key)) return false;
    const name = key as MarkName;
    changeMarks(editor, selection, (marks) => {
      const next = { ...marks };
      if (value === true) next[name] = true;
      else delete next[name];
      return next;
    });
    return true;
  };
  editor.addMark = (key, value) => {
    if (!markCommand(key, value)) addMark(key, value);
  };
  editor.removeMark = (key) => {
    if (!markCommand(key, undefined)) removeMark(key);
  };

  /** The text block (directly in a section) the point is in, or undefined in a table cell, a picture or nowhere. */
  const breakBlockAt = (at: Point): NodeEntry<BreakBlock> | undefined => {
    const entry = Editor.above(editor, { at, match: (node) => Element.isElement(node) && Editor.isBlock(editor, node) && node.type !== 'section', mode: 'lowest' });
    if (!entry || !isBreakBlock(entry[0]) || entry[1].length !== 2) return undefined;
    return entry as NodeEntry<BreakBlock>;
  };

  /**
   * Backspace at a block's start or Delete at its end in Suggesting mode: the paragraph mark between the two blocks
   * is suggested for deletion (they stay apart until accepted), or, when it is the reviewer's own suggested break,
   * simply taken out again. True when this was such a join; false leaves the caret to move.
   */
  const suggestJoin = (state: SuggestingState, first: NodeEntry<BreakBlock> | undefined, second: NodeEntry<BreakBlock> | undefined): boolean => {
    if (!first || !second || !Path.equals(Path.next(first[1]), second[1])) return false;
    const [block, path] = first;
    const mark = block.breakSuggestion;
    if (mark?.kind === 'insert' && mark.author === state.author) {
      joinWithNext(editor, path);
      return true;
    }
    if (mark?.kind === 'delete') return false;
    Transforms.setNodes(editor, { breakSuggestion: { id: state.newId(), kind: 'delete', author: state.author, at: state.now().toISOString() } }, { at: path });
    return false;
  };

  /**
   * Enter in Suggesting mode in running text: the paragraph is broken as usual and the new paragraph mark is kept
   * as a suggested insertion on the first part (the second part keeps the mark the paragraph had). Elsewhere (a
   * table cell's new line, a list item Enter ends) Enter applies as it would.
   */
  editor.insertBreak = () => {
    const state = suggesting.get(editor);
    if (!state) return insertBreak();
    Editor.withoutNormalizing(editor, () => {
      clearSelection(state);
      const point = editor.selection?.anchor;
      const block = point && breakBlockAt(point);
      const before = block && Node.parent(editor, block[1]).children.length;
      insertBreak();
      if (!block || before === undefined || !Node.has(editor, block[1])) return;
      const first = Node.get(editor, block[1]);
      if (Node.parent(editor, block[1]).children.length === before + 1 && isBreakBlock(first)) {
        Transforms.setNodes(editor, { breakSuggestion: { id: state.newId(), kind: 'insert', author: state.author, at: state.now().toISOString() } }, { at: block[1] });
      }
    });
  };

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
      // Across a paragraph mark: the mark is suggested for deletion (or the reviewer's own break taken out), and
      // the caret moves past it; never across a section, a table or a picture.
      const [firstPoint, secondPoint] = reverse ? [target, point] : [point, target];
      let joined = false;
      Editor.withoutNormalizing(editor, () => {
        const first = breakBlockAt(firstPoint);
        const second = breakBlockAt(secondPoint);
        const end = first && Editor.end(editor, first[1]);
        joined = suggestJoin(state, first, second);
        if (joined && end) Transforms.select(editor, end);
      });
      if (!joined) Transforms.select(editor, target);
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
    // Backspace at a list item's start takes its number or bullet off, as outside the mode (Word's list key): here a
    // suggested form, as the toolbar's list button makes.
    const { selection } = editor;
    const block = selection && Range.isCollapsed(selection) ? breakBlockAt(selection.anchor) : undefined;
    if (selection && block && block[0].type === 'list-item' && Point.equals(selection.anchor, Editor.start(editor, block[1]))) {
      changeBlockForms(editor, () => setBlockForm(editor, block[1], { type: 'paragraph' }));
      return;
    }
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
