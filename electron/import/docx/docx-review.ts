import { strToU8, zipSync } from 'fflate';
import type { BlockElement, BlockForm, FormattedText, FormSuggestion, InlineNode, MarkSet, MarkSuggestion } from '../../../shared/document/briefing-body';
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
/** At a paragraph's end: its paragraph mark is a tracked change (Word's w:pPr/w:rPr/w:ins or w:del), numbered like a change. */
const PARAGRAPH_MARK = '\uE005';
/** At a paragraph's end: its formatting is a tracked change (Word's w:pPrChange), numbered in `forms`. */
const FORM_CHANGE = '\uE006';
/** Around a run whose formatting is a tracked change (Word's w:rPrChange), numbered in `formats`; then its end. */
const START_FORMAT = '\uE007';
const END_FORMAT = '\uE008';
const markers = /\uE000(\d+)\uE001|\uE002|\uE003([^\uE001]*)\uE001|\uE004([^\uE001]*)\uE001|\uE005(\d+)\uE001|\uE006(\d+)\uE001|\uE007(\d+)\uE001|\uE008/gu;
/** A run's tracked formatting change and the run properties it had. */
const formatChangeTag = /<w:rPrChange\b([^>]*)>([\s\S]*?)<\/w:rPrChange>|<w:rPrChange\b([^>]*)\/>/u;
/** A paragraph's tracked formatting change and the properties it had. */
const formChangeTag = /<w:pPrChange\b([^>]*)>([\s\S]*?)<\/w:pPrChange>|<w:pPrChange\b([^>]*)\/>/u;
/** A paragraph whose mark's run properties (in w:pPr) hold a tracked insertion or deletion. */
const trackedMark = /^<w:p\b[^>]*>\s*<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:rPr>((?:(?!<\/w:rPr>)[\s\S])*?)<\/w:rPr>(?:(?!<\/w:pPr>)[\s\S])*<\/w:pPr>/u;

const attribute = (tag: string, name: string): string => {
  const found = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1] ?? '';
  return found.replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
};
const markerRun = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const isoTime = (value: string): string => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
};

/** Who made a tracked change and when, with an id made from Word's own (`prefix-<w:id>`, else `prefix-<fallback>`). */
const changeByline = (tag: string, prefix: string, fallback: number): { id: string; author: string; at: string } => {
  const wordId = attribute(tag, 'w:id').replace(/[^A-Za-z0-9_-]/gu, '');
  return { id: `${prefix}-${wordId || fallback}`.slice(0, 64), author: attribute(tag, 'w:author').slice(0, 200), at: isoTime(attribute(tag, 'w:date')) };
};

/** What the rewritten package carries: the changes by marker number and the comment threads by Word id. */
export interface DocxReviewContent {
  changes: SuggestionMark[];
  /** Tracked formatting changes of paragraphs by marker number: who, when, and the form the paragraph had. */
  forms: FormSuggestion[];
  /** Tracked formatting changes of runs by marker number: who, when, and the marks the run had. */
  formats: MarkSuggestion[];
  /** Threads by the Word id of each of their comments (a reply's id leads to its thread). */
  threads: Map<string, CommentThread>;
  /** The threads in Word's order. */
  threadList: CommentThread[];
}

/**
 * The form a paragraph had, from the properties a w:pPrChange keeps: a heading style (Word's Heading 2 is the
 * briefing's level-2 heading, as the import reads headings), a quotation style, a list (by its style or its
 * numbering, bulleted when numbering.xml gives that level a bullet), or else a paragraph.
 */
function formOfProperties(properties: string, numbering: string): BlockForm {
  const style = attribute(/<w:pStyle\b[^>]*>/u.exec(properties)?.[0] ?? '', 'w:val');
  const heading = /^heading\s*([1-6])$/iu.exec(style);
  if (heading) return { type: 'heading', level: Math.min(4, Math.max(2, Number(heading[1]))) as 2 | 3 | 4 };
  if (/quot/iu.test(style)) return { type: 'block-quote' };
  const numberProperties = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(properties)?.[1];
  if (numberProperties === undefined && !/^List(Bullet|Number)/u.test(style)) return { type: 'paragraph' };
  const indent = Math.min(8, Math.max(0, Number(attribute(/<w:ilvl\b[^>]*>/u.exec(numberProperties ?? '')?.[0] ?? '', 'w:val')) || 0));
  if (/^ListBullet/u.test(style)) return { type: 'list-item', listType: 'bulleted', indent };
  if (/^ListNumber/u.test(style)) return { type: 'list-item', listType: 'numbered', indent };
  const numId = attribute(/<w:numId\b[^>]*>/u.exec(numberProperties ?? '')?.[0] ?? '', 'w:val');
  const abstractId = new RegExp(`<w:num\\b[^>]*w:numId="${numId.replace(/\D/gu, '')}"[^>]*>[\\s\\S]*?<w:abstractNumId w:val="(\\d+)"`, 'u').exec(numbering)?.[1];
  const abstract = abstractId === undefined ? '' : (new RegExp(`<w:abstractNum\\b[^>]*w:abstractNumId="${abstractId}"[^>]*>([\\s\\S]*?)</w:abstractNum>`, 'u').exec(numbering)?.[1] ?? '');
  const level = new RegExp(`<w:lvl\\b[^>]*w:ilvl="${indent}"[^>]*>([\\s\\S]*?)</w:lvl>`, 'u').exec(abstract)?.[1] ?? '';
  const bullet = attribute(/<w:numFmt\b[^>]*>/u.exec(level)?.[0] ?? '', 'w:val') === 'bullet';
  return { type: 'list-item', listType: bullet ? 'bulleted' : 'numbered', indent };
}

/** Whether an on/off run property (`<w:b/>`, `<w:b w:val="0"/>`) is on in these run properties. */
function isOn(properties: string, name: string): boolean {
  const tag = new RegExp(`<w:${name}(?:\\s[^>]*)?/?>`, 'u').exec(properties)?.[0];
  return tag !== undefined && !/^(?:0|false|off)$/iu.test(attribute(tag, 'w:val'));
}

/** The marks a run had, from the run properties a w:rPrChange keeps. */
function marksOfProperties(properties: string): MarkSet {
  const marks: MarkSet = {};
  if (isOn(properties, 'b')) marks.bold = true;
  if (isOn(properties, 'i')) marks.italic = true;
  const underline = /<w:u\b[^>]*>/u.exec(properties)?.[0];
  if (underline && attribute(underline, 'w:val') !== 'none') marks.underline = true;
  if (isOn(properties, 'strike')) marks.strikethrough = true;
  const position = attribute(/<w:vertAlign\b[^>]*>/u.exec(properties)?.[0] ?? '', 'w:val');
  if (position === 'superscript') marks.superscript = true;
  else if (position === 'subscript') marks.subscript = true;
  return marks;
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
  if (!/<w:(?:ins|del|moveFrom|moveTo)\b[^>]*[^/]>|<w:commentRangeStart\b|<w:pPrChange\b|<w:rPrChange\b|<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:(?:ins|del)\b[^>]*\/>/u.test(document)) return { zip: docx.checkedZip, review: undefined };
  const changes: SuggestionMark[] = [];
  const change = (tag: string, kind: SuggestionMark['kind']) => {
    const { id, author, at } = changeByline(tag, `word-${kind}`, changes.length);
    changes.push({ id, kind, author, at });
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
  // A tracked paragraph mark (a break or a join a reviewer suggested): a marker at the end of its paragraph.
  const withMarks = withPointComments.replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/gu, (paragraph) => {
    const properties = trackedMark.exec(paragraph)?.[1] ?? '';
    const tag = /<w:(ins|del)\b[^>]*\/>/u.exec(properties);
    if (!tag) return paragraph;
    const kind = tag[1] === 'ins' ? 'insert' : 'delete';
    const { id, author, at } = changeByline(tag[0], `word-mark-${kind}`, changes.length);
    changes.push({ id, kind, author, at });
    return `${paragraph.slice(0, -'</w:p>'.length)}${markerRun(`${PARAGRAPH_MARK}${changes.length - 1}${CLOSE}`)}</w:p>`;
  });
  // A tracked formatting change of a paragraph: a marker at its end, and the change taken out so the form now is read.
  const forms: FormSuggestion[] = [];
  const numbering = docx.text('word/numbering.xml') ?? '';
  const withForms = withMarks.replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/gu, (paragraph) => {
    const found = formChangeTag.exec(paragraph);
    if (!found) return paragraph;
    const head = found[1] ?? found[3] ?? '';
    const before = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/u.exec(found[2] ?? '')?.[1] ?? '';
    forms.push({ ...changeByline(head, 'word-format', forms.length), from: formOfProperties(before, numbering) });
    const without = paragraph.replace(found[0], '');
    return `${without.slice(0, -'</w:p>'.length)}${markerRun(`${FORM_CHANGE}${forms.length - 1}${CLOSE}`)}</w:p>`;
  });
  // A tracked formatting change of a run: markers around the run, and the change taken out so the marks now are read.
  const formats: MarkSuggestion[] = [];
  const withFormats = withForms.replace(/<w:r\b[^>]*>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/gu, (run) => {
    const found = formatChangeTag.exec(run);
    if (!found) return run;
    const head = found[1] ?? found[3] ?? '';
    const before = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/u.exec(found[2] ?? '')?.[1] ?? '';
    formats.push({ ...changeByline(head, 'word-marks', formats.length), from: marksOfProperties(before) });
    return `${markerRun(`${START_FORMAT}${formats.length - 1}${CLOSE}`)}${run.replace(found[0], '')}${markerRun(END_FORMAT)}`;
  });
  const rewritten = withFormats
    // Only the wrappers of runs: an insertion or deletion mark inside a paragraph's or run's properties is self-closing.
    // A move (w:moveFrom, w:moveTo) is a suggested deletion where the text was and an insertion where it went, as
    // LibreOffice shows a move and as this app's suggestions can hold it; the move's range markers carry no text.
    .replace(/<w:(?:ins|moveTo)\b[^>]*[^/]>/gu, (tag) => change(tag, 'insert'))
    .replace(/<w:(?:del|moveFrom)\b[^>]*[^/]>/gu, (tag) => change(tag, 'delete'))
    .replace(/<\/w:(?:ins|del|moveFrom|moveTo)>/gu, markerRun(END_CHANGE))
    .replace(/<w:delText\b/gu, '<w:t')
    .replace(/<\/w:delText>/gu, '</w:t>')
    .replace(/<w:commentRangeStart\b[^>]*\/>/gu, (tag) => markerRun(`${START_COMMENT}${attribute(tag, 'w:id')}${CLOSE}`))
    .replace(/<w:commentRangeEnd\b[^>]*\/>/gu, (tag) => markerRun(`${END_COMMENT}${attribute(tag, 'w:id')}${CLOSE}`));
  const parts = { ...docx.parts, 'word/document.xml': strToU8(rewritten) };
  return { zip: zipSync(parts, { level: 0 }), review: { changes, forms, formats, ...readComments(docx) } };
}

/** A heading, title or table text as if every change were accepted (the old behaviour there): deleted text out, markers gone. */
export function acceptedText(text: string, review: DocxReviewContent | undefined): string {
  if (!review) return text;
  let deleting = false;
  return text.replace(new RegExp(`${markers.source}|[^\\uE000-\\uE008]+`, 'gu'), (part, change: string | undefined) => {
    if (change !== undefined) {
      deleting = review.changes[Number(change)]?.kind === 'delete';
      return '';
    }
    if (part === END_CHANGE) {
      deleting = false;
      return '';
    }
    if (part.startsWith(START_COMMENT) || part.startsWith(END_COMMENT) || part.startsWith(PARAGRAPH_MARK) || part.startsWith(FORM_CHANGE) || part.startsWith(START_FORMAT) || part === END_FORMAT) return '';
    return deleting ? '' : part;
  });
}

/**
 * Turns the markers in converted blocks into suggestion marks and comment
 * anchors, in document order (state carries across blocks, as a change or a
 * comment may span paragraphs). Returns the blocks without markers.
 */
export function applyReviewMarkers(blocks: BlockElement[], review: DocxReviewContent, state: { change?: SuggestionMark; format?: MarkSuggestion; comments: Set<string> }): BlockElement[] {
  // The tracked paragraph mark found in the block being read, which becomes its suggested paragraph mark.
  let paragraphMark: SuggestionMark | undefined;
  // The tracked formatting change found in it, which becomes its suggested form (normalisation drops one that changed nothing).
  let formChange: FormSuggestion | undefined;
  const texts = (leaf: FormattedText): FormattedText[] => {
    const out: FormattedText[] = [];
    const { text, ...marks } = leaf;
    let last = 0;
    const push = (part: string) => {
      if (part === '') return;
      const comments = [...state.comments];
      // A formatting change whose old marks are the marks now is no change: normalisation drops it.
      out.push({ ...marks, text: part, ...(state.change ? { suggestion: state.change } : {}), ...(state.format ? { formatSuggestion: state.format } : {}), ...(comments.length > 0 ? { comments } : {}) });
    };
    for (const match of text.matchAll(markers)) {
      push(text.slice(last, match.index));
      last = (match.index ?? 0) + match[0].length;
      const [found, change, start, end, mark, form, format] = match;
      if (form !== undefined) formChange = review.forms[Number(form)];
      else if (format !== undefined) state.format = review.formats[Number(format)];
      else if (found === END_FORMAT) state.format = undefined;
      else if (mark !== undefined) paragraphMark = review.changes[Number(mark)];
      else if (change !== undefined) state.change = review.changes[Number(change)];
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
      case 'block-quote': {
        paragraphMark = undefined;
        formChange = undefined;
        const children = inlines(block.children);
        return { ...block, children, ...(paragraphMark ? { breakSuggestion: paragraphMark } : {}), ...(formChange ? { formSuggestion: formChange } : {}) };
      }
      case 'table':
        return { ...block, children: block.children.map((row) => ({ ...row, children: row.children.map((cell) => ({ ...cell, children: inlines(cell.children) })) })) };
      default:
        return block;
    }
  });
}
