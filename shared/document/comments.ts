import { Editor, Element, Node, Text, Transforms, type BaseRange, type Descendant, type NodeEntry } from 'slate';
import type { FormattedText, SectionElement } from './briefing-body';
import type { Comment, CommentThread } from './comment-schema';
import { perBlock } from './per-block';
import './slate-types';

/**
 * Review comments in the body. The commented text's leaves carry their
 * threads' ids (`comments` on a text), so Slate's own operations move,
 * split, merge and undo the anchors with the text; each thread's content
 * lives on the section where its text begins. Normalisation keeps the two
 * in step: a thread moves to the section of its first anchor, a thread
 * whose text is all gone goes (as in Word), and an anchor without a
 * thread (text pasted from another briefing) is dropped.
 */

const isSectionNode = (node: Node): node is SectionElement => Element.isElement(node) && node.type === 'section';

/** A thread with where it is: its section and the text it comments on. */
export interface AnchoredThread {
  thread: CommentThread;
  sectionIndex: number;
  /** The commented text, blocks joined by a space. */
  quote: string;
}

/** The commented text of one block by thread. */
const blockQuotes = perBlock((block) => {
  const inBlock = new Map<string, string>();
  for (const [text] of Node.texts(block)) for (const id of text.comments ?? []) inBlock.set(id, (inBlock.get(id) ?? '') + text.text);
  return inBlock;
});

/**
 * The commented text of one section by thread, in the order each thread's text begins there. Kept per section object:
 * a keystroke changes one section, so the status bar's count and the review margin read the others from here.
 */
const sectionQuotes = perBlock((section) => {
  const quotes = new Map<string, string[]>();
  if (!Element.isElement(section)) return quotes;
  for (const block of section.children) {
    for (const [id, quote] of blockQuotes(block)) {
      const parts = quotes.get(id);
      if (parts) parts.push(quote);
      else quotes.set(id, [quote]);
    }
  }
  return quotes;
});

/** Every thread with its text, in the order their text begins in the body. */
export function commentThreads(body: readonly Descendant[]): AnchoredThread[] {
  const threads = new Map<string, { thread: CommentThread; sectionIndex: number }>();
  body.forEach((section, sectionIndex) => {
    if (!isSectionNode(section)) return;
    for (const thread of section.comments ?? []) if (!threads.has(thread.id)) threads.set(thread.id, { thread, sectionIndex });
  });
  const quotes = new Map<string, string[]>();
  for (const section of body) {
    for (const [id, parts] of sectionQuotes(section)) {
      const known = quotes.get(id);
      if (known) known.push(...parts);
      else quotes.set(id, [...parts]);
    }
  }
  return [...quotes.keys()].flatMap((id) => {
    const found = threads.get(id);
    return found ? [{ ...found, quote: (quotes.get(id) ?? []).map((part) => part.trim()).join(' ') }] : [];
  });
}

/** Threads not yet resolved: what the status bar counts and what holds up approval. */
export function openCommentCount(body: readonly Descendant[]): number {
  return commentThreads(body).filter(({ thread }) => !thread.resolved).length;
}

/** The ids of resolved threads, space-separated: cheap enough for every keystroke (threads sit on the sections). */
export function resolvedThreadIds(body: readonly Descendant[]): string {
  return body.flatMap((section) => (isSectionNode(section) ? (section.comments ?? []).filter((thread) => thread.resolved).map((thread) => thread.id) : [])).join(' ');
}

/** The commented texts of one section (their paths within it) and its threads' ids in the order their text begins. */
const sectionAnchors = perBlock((section) => {
  const anchors: { path: number[]; ids: string[] }[] = [];
  const firstIds: string[] = [];
  const seen = new Set<string>();
  // A plain loop, not Slate's generators: a new or changed section is walked on the keystroke that changed it.
  const walk = (current: Node, at: number[]) => {
    if (Text.isText(current)) {
      if (!current.comments) return;
      anchors.push({ path: at, ids: current.comments });
      for (const id of current.comments) {
        if (seen.has(id)) continue;
        seen.add(id);
        firstIds.push(id);
      }
      return;
    }
    current.children.forEach((child, index) => walk(child, [...at, index]));
  };
  walk(section, []);
  return { anchors, firstIds };
});

/**
 * One step of the comment rules for `normalizeNode` (see above); true when it
 * changed something, as Slate's one-fix-per-pass normalisation expects.
 */
export function normalizeComments(editor: Editor, [node, path]: NodeEntry): boolean {
  if (Element.isElement(node) && !isSectionNode(node) && 'comments' in node) {
    // A section turned into a block keeps no threads: they go with it (their anchors then go too).
    Transforms.unsetNodes(editor, 'comments', { at: path, voids: true });
    return true;
  }
  if (Text.isText(node) && node.comments) {
    const known = new Set(editor.children.flatMap((section) => (isSectionNode(section) ? (section.comments ?? []).map((thread) => thread.id) : [])));
    const kept = [...new Set(node.comments.filter((id) => known.has(id)))];
    if (kept.length === node.comments.length) return false;
    if (kept.length > 0) Transforms.setNodes(editor, { comments: kept }, { at: path, voids: true });
    else Transforms.unsetNodes(editor, 'comments', { at: path, voids: true });
    return true;
  }
  if (path.length !== 0) return false;
  // Every keystroke normalises the root: each section's anchors are read once per section object, so a keystroke walks
  // only the section it changed.
  const firstIn = new Map<string, number>();
  const anchors: { path: number[]; ids: string[] }[] = [];
  editor.children.forEach((section, index) => {
    const found = sectionAnchors(section);
    for (const anchor of found.anchors) anchors.push({ path: [index, ...anchor.path], ids: anchor.ids });
    for (const id of found.firstIds) if (!firstIn.has(id)) firstIn.set(id, index);
  });
  const threads = new Map<string, CommentThread>();
  for (const section of editor.children) if (isSectionNode(section)) for (const thread of section.comments ?? []) if (!threads.has(thread.id)) threads.set(thread.id, thread);
  if (threads.size === 0 && anchors.length === 0) return false;
  // Anchors whose thread went with its section (a merge the section guards would refuse, from a file or a script).
  const orphans = anchors.filter((anchor) => anchor.ids.some((id) => !threads.has(id)));
  if (orphans.length > 0) {
    Editor.withoutNormalizing(editor, () => {
      for (const { path: at, ids } of orphans) {
        const kept = ids.filter((id) => threads.has(id));
        if (kept.length > 0) Transforms.setNodes(editor, { comments: kept }, { at, voids: true });
        else Transforms.unsetNodes(editor, 'comments', { at, voids: true });
      }
    });
    return true;
  }
  const changes = editor.children.flatMap((section, index) => {
    if (!isSectionNode(section)) return [];
    const wanted = [...firstIn].flatMap(([id, at]) => {
      const thread = threads.get(id);
      return at === index && thread ? [thread] : [];
    });
    const current = (section.comments ?? []).map((thread) => thread.id);
    return current.length === wanted.length && current.every((id, position) => id === wanted[position]?.id) ? [] : [{ index, wanted }];
  });
  // All at once: a thread leaving one section must arrive in the other in the same step.
  Editor.withoutNormalizing(editor, () => {
    for (const { index, wanted } of changes) {
      if (wanted.length > 0) Transforms.setNodes(editor, { comments: wanted }, { at: [index] });
      else Transforms.unsetNodes(editor, 'comments', { at: [index] });
    }
  });
  return changes.length > 0;
}

/** Anchors a new thread on the text of `range` (undoable as one step); false when the range holds no text. */
export function addCommentThread(editor: Editor, range: BaseRange, id: string, first: Comment): boolean {
  const [start] = Editor.edges(editor, range);
  if (Editor.string(editor, range).trim() === '') return false;
  const sectionIndex = start.path[0];
  if (sectionIndex === undefined) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, (node: Node) => ({ comments: [...((node as FormattedText).comments ?? []), id] }), { at: range, match: Text.isText, split: true });
    const section = editor.children[sectionIndex];
    if (section && isSectionNode(section)) Transforms.setNodes(editor, { comments: [...(section.comments ?? []), { id, comments: [first] }] }, { at: [sectionIndex] });
  });
  return true;
}

/** Changes one thread where it is kept; false when no section has it. */
export function updateCommentThread(editor: Editor, id: string, change: (thread: CommentThread) => CommentThread | undefined): boolean {
  for (const [index, section] of editor.children.entries()) {
    if (!isSectionNode(section)) continue;
    const thread = section.comments?.find((candidate) => candidate.id === id);
    if (!thread) continue;
    const changed = change(thread);
    Editor.withoutNormalizing(editor, () => {
      if (changed) {
        Transforms.setNodes(editor, { comments: (section.comments ?? []).map((candidate) => (candidate.id === id ? changed : candidate)) }, { at: [index] });
        return;
      }
      // Deleting a thread takes its marks off the text too; normalisation drops the thread then.
      for (const [text, path] of Node.texts(editor)) {
        if (!text.comments?.includes(id)) continue;
        const kept = text.comments.filter((other) => other !== id);
        if (kept.length > 0) Transforms.setNodes(editor, { comments: kept }, { at: path, voids: true });
        else Transforms.unsetNodes(editor, 'comments', { at: path, voids: true });
      }
    });
    return true;
  }
  return false;
}

export const replyToThread = (thread: CommentThread, reply: Comment): CommentThread => ({ ...thread, comments: [...thread.comments, reply] });

export function setThreadResolved(thread: CommentThread, resolved: boolean): CommentThread {
  const { resolved: _was, ...rest } = thread;
  return resolved ? { ...rest, resolved: true } : rest;
}

/** The body with every comment taken out: what a template keeps of a briefing's text. */
export function withoutComments<T extends Descendant>(nodes: readonly T[]): T[] {
  return JSON.parse(JSON.stringify(nodes), (key, value: unknown) => (key === 'comments' ? undefined : value)) as T[];
}
