import { strToU8, zipSync } from 'fflate';
import type { BlockElement, FormattedText, InlineNode } from '../../../shared/document/briefing-body';
import type { CommentThread } from '../../../shared/document/comment-schema';
import type { SuggestionMark } from '../../../shared/document/suggestion-schema';
import type { DocxPackage } from './docx-package';

/**
 * Word comments and tracked changes, read back as review comments and
 * suggested changes instead of being accepted. Mammoth (which converts the
 * body) drops comments and deleted text and keeps inserted text as if
 * accepted, so before it runs the document part is rewritten: every
 * w:ins and w:del is unwrapped (its w:delText read as text), and its start
 * and end, like each comment range's start and end, become marker
 * characters from Unicode's private use area in runs of their own. After
 * conversion the markers are taken out of the blocks again and the text
 * between them gets its suggestion or comment anchors.
 */

const START_CHANGE = '\uE000';
const END_CHANGE = '\uE002';
const START_COMMENT = '\uE003';
const END_COMMENT = '\uE004';
const CLOSE = '\uE001';
const markers = /\uE000(\d+)\uE001|\uE002|\uE003([^\uE001]*)\uE001|\uE004([^\uE001]*)\uE001/gu;

const attribute = (tag: string, name: string): string => {
  const found = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1] ?? '';
  return found.replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
};
const markerRun = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const isoTime = (value: string): string => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
};

/** What the rewritten package carries: the changes by marker number and the comment threads by Word id. */
export interface DocxReviewContent {
  changes: SuggestionMark[];
  /** Threads by the Word id of each of their comments (a reply's id leads to its thread). */
  threads: Map<string, CommentThread>;
  /** The threads in Word's order. */
  threadList: CommentThread[];
}

/** Comments of comments.xml, threaded by commentsExtended.xml (a reply names its parent's paragraph). */
function readComments(docx: DocxPackage): Pick<DocxReviewContent, 'threads' | 'threadList'> {
  const threads = new Map<string, CommentThread>();
  const threadList: CommentThread[] = [];
  const xml = docx.text('word/comments.xml') ?? '';
  const parents = new Map<string, { parent: string | undefined; done: boolean }>();
  for (const tag of (docx.text('word/commentsExtended.xml') ?? '').match(/<w15:commentEx\b[^>]*>/gu) ?? []) {
    const parent = attribute(tag, 'w15:paraIdParent');
    parents.set(attribute(tag, 'w15:paraId'), { parent: parent || undefined, done: attribute(tag, 'w15:done') === '1' });
  }
  const byParagraph = new Map<string, string>();
  for (const match of xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/gu)) {
    const [, head = '', inner = ''] = match;
    const id = attribute(head, 'w:id');
    const paragraphs = inner.match(/<w:p\b[\s\S]*?<\/w:p>/gu) ?? [];
    const text = paragraphs
      .map((paragraph) => (paragraph.match(/<w:t\b[^>]*>([^<]*)<\/w:t>/gu) ?? []).map((run) => run.replace(/<[^>]+>/gu, '')).join(''))
      .join('\n')
      .replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')
      .trim();
    const paraIds = paragraphs.map((paragraph) => attribute(/^<w:p\b[^>]*>/u.exec(paragraph)?.[0] ?? '', 'w14:paraId')).filter(Boolean);
    const last = paraIds.at(-1) ?? '';
    if (last) byParagraph.set(last, id);
    const comment = { author: attribute(head, 'w:author').slice(0, 200), at: isoTime(attribute(head, 'w:date')), text: text.slice(0, 10_000) || '—' };
    const extended = parents.get(last);
    const parentThread = extended?.parent ? threads.get(byParagraph.get(extended.parent) ?? '') : undefined;
    if (parentThread) {
      parentThread.comments.push(comment);
      threads.set(id, parentThread);
      continue;
    }
    const thread: CommentThread = { id: `word-comment-${id.replace(/[^A-Za-z0-9_-]/gu, '')}`.slice(0, 64), ...(extended?.done ? { resolved: true as const } : {}), comments: [comment] };
    threads.set(id, thread);
    threadList.push(thread);
  }
  return { threads, threadList };
}

/**
 * The package with its document part rewritten for mammoth (see above), and
 * what the markers stand for. A file without comments or tracked changes is
 * returned as it was.
 */
export function markReviewContent(docx: DocxPackage): { zip: Uint8Array; review: DocxReviewContent | undefined } {
  const document = docx.text('word/document.xml') ?? '';
  if (!/<w:(?:ins|del)\b[^>]*[^/]>|<w:commentRangeStart\b/u.test(document)) return { zip: docx.checkedZip, review: undefined };
  const changes: SuggestionMark[] = [];
  const change = (tag: string, kind: SuggestionMark['kind']) => {
    const wordId = attribute(tag, 'w:id').replace(/[^A-Za-z0-9_-]/gu, '');
    changes.push({ id: `word-${kind}-${wordId || changes.length}`.slice(0, 64), kind, author: attribute(tag, 'w:author').slice(0, 200), at: isoTime(attribute(tag, 'w:date')) });
    return markerRun(`${START_CHANGE}${changes.length - 1}${CLOSE}`);
  };
  // A comment on a point (a reference with no range, as LibreOffice writes one on a caret) comments on its paragraph.
  const ranged = new Set([...document.matchAll(/<w:commentRangeStart\b[^>]*w:id="([^"]*)"/gu)].map((match) => match[1]));
  const withPointComments = document.replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/gu, (paragraph) => {
    const points = [...paragraph.matchAll(/<w:commentReference\b[^>]*w:id="([^"]*)"/gu)].map((match) => match[1] ?? '').filter((id) => !ranged.has(id));
    if (points.length === 0) return paragraph;
    const opening = /^<w:p\b[^>]*>(?:\s*<w:pPr>[\s\S]*?<\/w:pPr>)?/u.exec(paragraph)?.[0] ?? '';
    const starts = points.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('');
    const ends = points.map((id) => `<w:commentRangeEnd w:id="${id}"/>`).join('');
    return `${opening}${starts}${paragraph.slice(opening.length, -'</w:p>'.length)}${ends}</w:p>`;
  });
  const rewritten = withPointComments
    // Only the wrappers of runs: an insertion or deletion mark inside a paragraph's or run's properties is self-closing.
    .replace(/<w:ins\b[^>]*[^/]>/gu, (tag) => change(tag, 'insert'))
    .replace(/<w:del\b[^>]*[^/]>/gu, (tag) => change(tag, 'delete'))
    .replace(/<\/w:(?:ins|del)>/gu, markerRun(END_CHANGE))
    .replace(/<w:delText\b/gu, '<w:t')
    .replace(/<\/w:delText>/gu, '</w:t>')
    .replace(/<w:commentRangeStart\b[^>]*\/>/gu, (tag) => markerRun(`${START_COMMENT}${attribute(tag, 'w:id')}${CLOSE}`))
    .replace(/<w:commentRangeEnd\b[^>]*\/>/gu, (tag) => markerRun(`${END_COMMENT}${attribute(tag, 'w:id')}${CLOSE}`));
  const parts = { ...docx.parts, 'word/document.xml': strToU8(rewritten) };
  return { zip: zipSync(parts, { level: 0 }), review: { changes, ...readComments(docx) } };
}

/** A heading, title or table text as if every change were accepted (the old behaviour there): deleted text out, markers gone. */
export function acceptedText(text: string, review: DocxReviewContent | undefined): string {
  if (!review) return text;
  let deleting = false;
  return text.replace(new RegExp(`${markers.source}|[^\\uE000-\\uE004]+`, 'gu'), (part, change: string | undefined) => {
    if (change !== undefined) {
      deleting = review.changes[Number(change)]?.kind === 'delete';
      return '';
    }
    if (part === END_CHANGE) {
      deleting = false;
      return '';
    }
    if (part.startsWith(START_COMMENT) || part.startsWith(END_COMMENT)) return '';
    return deleting ? '' : part;
  });
}

/**
 * Turns the markers in converted blocks into suggestion marks and comment
 * anchors, in document order (state carries across blocks, as a change or a
 * comment may span paragraphs). Returns the blocks without markers.
 */
export function applyReviewMarkers(blocks: BlockElement[], review: DocxReviewContent, state: { change?: SuggestionMark; comments: Set<string> }): BlockElement[] {
  const texts = (leaf: FormattedText): FormattedText[] => {
    const out: FormattedText[] = [];
    const { text, ...marks } = leaf;
    let last = 0;
    const push = (part: string) => {
      if (part === '') return;
      const comments = [...state.comments];
      out.push({ ...marks, text: part, ...(state.change ? { suggestion: state.change } : {}), ...(comments.length > 0 ? { comments } : {}) });
    };
    for (const match of text.matchAll(markers)) {
      push(text.slice(last, match.index));
      last = (match.index ?? 0) + match[0].length;
      const [found, change, start, end] = match;
      if (change !== undefined) state.change = review.changes[Number(change)];
      else if (found === END_CHANGE) state.change = undefined;
      else if (start !== undefined) {
        const thread = review.threads.get(start);
        if (thread) state.comments.add(thread.id);
      } else if (end !== undefined) {
        const thread = review.threads.get(end);
        if (thread) state.comments.delete(thread.id);
      }
    }
    push(text.slice(last));
    return out;
  };
  const inlines = (children: InlineNode[]): InlineNode[] => {
    const out = children.flatMap((child): InlineNode[] => {
      if ('text' in child) return texts(child);
      if (child.type === 'link') {
        const linked = child.children.flatMap(texts);
        return linked.length > 0 ? [{ ...child, children: linked }] : [];
      }
      return [child];
    });
    return out.length > 0 ? out : [{ text: '' }];
  };
  return blocks.map((block): BlockElement => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'list-item':
      case 'block-quote':
        return { ...block, children: inlines(block.children) };
      case 'table':
        return { ...block, children: block.children.map((row) => ({ ...row, children: row.children.map((cell) => ({ ...cell, children: inlines(cell.children) })) })) };
      default:
        return block;
    }
  });
}
