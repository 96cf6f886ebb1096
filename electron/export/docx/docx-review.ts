import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type IParagraphRunOptions, type ICommentOptions, type IRunOptions, type ParagraphChild } from 'docx';
import type { SuggestionMark } from '../../../shared/document/suggestion-schema';
import type { CommentThread } from '../../../shared/document/comment-schema';
import type { FormSuggestion, MarkSuggestion } from '../../../shared/document/briefing-body';
import type { ExportDocument, ExportRun } from '../../../shared/document/export/export-document';

/**
 * A review DOCX ("with comments and suggested changes"): review comments as
 * Word comments — the first comment of a thread anchored on its text with
 * commentRangeStart/End and a commentReference, each reply a further comment
 * whose parent is the first (Word's threads, in commentsExtended.xml) — and
 * suggested changes as tracked changes, w:ins and w:del with w:author and
 * w:date, which Word and LibreOffice show as such.
 */
export class DocxReview {
  private nextChangeId = 1;
  /** Per thread, the Word ids of its comments: the first, then each reply, all on the same text (LibreOffice shows only anchored comments). */
  private readonly commentIds = new Map<string, number[]>();
  private readonly remaining = new Map<string, number>();
  private readonly started = new Set<string>();
  readonly comments: ICommentOptions[] = [];

  constructor(document: ExportDocument) {
    let next = 0;
    for (const thread of document.review?.threads ?? []) {
      const first = next;
      const ids: number[] = [];
      thread.comments.forEach((comment, index) => {
        this.comments.push(wordComment(comment, next, index === 0 ? undefined : first, thread));
        ids.push(next);
        next += 1;
      });
      this.commentIds.set(thread.id, ids);
    }
    // How many runs each thread covers, so its range ends after the last one.
    const count = (run: ExportRun) => {
      for (const id of run.comments ?? []) if (this.commentIds.has(id)) this.remaining.set(id, (this.remaining.get(id) ?? 0) + 1);
    };
    for (const section of document.sections) {
      for (const block of section.blocks) {
        if ('runs' in block) block.runs.forEach(count);
        else if (block.type === 'list') for (const item of block.items) item.runs.forEach(count);
        else if (block.type === 'table') for (const row of block.rows) for (const cell of row) cell.forEach(count);
      }
    }
  }

  /** Range starts for the threads that begin at this run. */
  before(run: ExportRun): ParagraphChild[] {
    const starts: ParagraphChild[] = [];
    for (const id of run.comments ?? []) {
      const numbers = this.commentIds.get(id);
      if (numbers === undefined || this.started.has(id)) continue;
      this.started.add(id);
      starts.push(...numbers.map((number) => new CommentRangeStart(number)));
    }
    return starts;
  }

  /** Range ends and references for the threads that end with this run. */
  after(run: ExportRun): ParagraphChild[] {
    const ends: ParagraphChild[] = [];
    for (const id of run.comments ?? []) {
      const numbers = this.commentIds.get(id);
      const left = (this.remaining.get(id) ?? 0) - 1;
      this.remaining.set(id, left);
      if (numbers === undefined || left !== 0) continue;
      for (const number of numbers) ends.push(new CommentRangeEnd(number), new TextRun({ children: [new CommentReference(number)] }));
    }
    return ends;
  }

  /** A suggested paragraph mark's tracked change, for the paragraph mark's run properties (`w:pPr/w:rPr/w:ins` or `w:del`). */
  paragraphMark(mark: SuggestionMark): Pick<IParagraphRunOptions, 'insertion' | 'deletion'> {
    const change = { id: this.nextChangeId++, author: mark.author || 'Briefing Desk', date: wordDate(mark.at) };
    return mark.kind === 'insert' ? { insertion: change } : { deletion: change };
  }

  /** A suggested form's tracked change: its id, author and date, for `w:pPrChange` (the old properties go inside). */
  formChange(suggestion: FormSuggestion): { id: number; author: string; date: string } {
    return { id: this.nextChangeId++, author: suggestion.author || 'Briefing Desk', date: wordDate(suggestion.at) };
  }

  /** A suggested formatting change's tracked change: its id, author and date, for `w:rPrChange` (the old properties go inside). */
  formatChange(suggestion: MarkSuggestion): { id: number; author: string; date: string } {
    return { id: this.nextChangeId++, author: suggestion.author || 'Briefing Desk', date: wordDate(suggestion.at) };
  }

  /** The run as a tracked insertion or deletion, or undefined for ordinary text. */
  tracked(run: ExportRun, text: string, options: Omit<IRunOptions, 'text' | 'children'>): ParagraphChild | undefined {
    if (!run.suggestion) return undefined;
    const change = { id: this.nextChangeId++, author: run.suggestion.author || 'Briefing Desk', date: wordDate(run.suggestion.at) };
    return run.suggestion.kind === 'insert' ? new InsertedTextRun({ ...options, ...change, text }) : new DeletedTextRun({ ...options, ...change, text });
  }
}

/**
 * Word requires the run properties a run had inside each `w:rPrChange`, even none (`<w:rPr/>`: it was plain); the
 * docx library leaves an empty one out, so a review DOCX's document part gets it put back.
 */
export function withOldRunProperties(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const part = files['word/document.xml'];
  if (!part) return bytes;
  const xml = strFromU8(part);
  if (!/<w:rPrChange [^>]*\/>/u.test(xml)) return bytes;
  files['word/document.xml'] = strToU8(xml.replace(/<w:rPrChange ([^>]*)\/>/gu, '<w:rPrChange $1><w:rPr/></w:rPrChange>'));
  return zipSync(files);
}

/** Word's w:date: ISO 8601 without fractions of a second. */
function wordDate(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? new Date(0).toISOString().replace(/\.\d{3}Z$/u, 'Z') : new Date(time).toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

function wordComment(comment: CommentThread['comments'][number], id: number, parentId: number | undefined, thread: CommentThread): ICommentOptions {
  const time = Date.parse(comment.at);
  const initials = comment.author.split(/\s+/u).filter(Boolean).map((part) => part[0]?.toLocaleUpperCase() ?? '').join('').slice(0, 4);
  return {
    id,
    author: comment.author || 'Briefing Desk',
    ...(initials ? { initials } : {}),
    ...(Number.isNaN(time) ? {} : { date: new Date(time) }),
    ...(parentId === undefined ? {} : { parentId }),
    ...(thread.resolved ? { resolved: true } : {}),
    children: comment.text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
  };
}

/** The review of the document being written, if it is a review export (set while `briefingDocx` runs). */
let current: DocxReview | undefined;

export function withDocxReview<T>(review: DocxReview | undefined, build: () => T): T {
  current = review;
  try {
    return build();
  } finally {
    current = undefined;
  }
}

export const currentDocxReview = (): DocxReview | undefined => current;
