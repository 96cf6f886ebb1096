import type { OrganisationLogo } from '../app-settings';
import { pageMargins, type PageMargins } from './page-margins';
import type { Briefing } from '../briefing';
import type { BlockElement, FormSuggestion, InlineNode, ListType, MarkName, MarkSuggestion } from '../briefing-body';
import { markNames } from '../briefing-body';
import type { ImageMime, PictureLayout } from '../picture';
import { formatFieldValue, isPersonValue } from '../field-format';
import { resolveFieldReference } from '../field-references';
import type { BriefingTemplate } from '../template';
import { documentHeader, type DocumentHeader } from './document-header';
import { withPrintableText } from './printable-text';
import { bodyAsWritten } from '../suggestions';
import type { SuggestionMark } from '../suggestion-schema';
import { commentThreads } from '../comments';
import type { CommentThread } from '../comment-schema';
import type { ExportOptions } from './export-options';
import { fieldValueOf } from '../own-fields';
import { documentStrings, sectionLabels, type DocumentStrings } from '../language/document-language';

/** A run of text with its marks, as every export format writes it. */
export interface ExportRun {
  text: string;
  marks: ReadonlySet<MarkName>;
  /** Set when the run is the text of a link. */
  url?: string;
  /** The language a passage is marked in (a quotation in English in an Azerbaijani briefing), when it differs from the briefing's. */
  lang?: string;
  /** Only in a review export: the suggested change this run is part of. */
  suggestion?: SuggestionMark;
  /** Only in a review export: the comment threads anchored on this run. */
  comments?: readonly string[];
  /** Only in a review export: a suggested change of this run's formatting, with the marks it had (Word's `w:rPrChange`). */
  formatSuggestion?: MarkSuggestion;
}

export interface ExportListItem {
  indent: number;
  runs: ExportRun[];
  /** Only in a review export: the suggested change to the item's paragraph mark (a break or a join). */
  breakSuggestion?: SuggestionMark;
  /** Only in a review export: the item's suggested form (it was a paragraph, a heading, another list…). */
  formSuggestion?: FormSuggestion;
}

export type ExportBlock =
  /** `breakSuggestion`, only in a review export: the suggested change to the block's paragraph mark (a break or a join). */
  /** `formSuggestion`, only in a review export: the block's suggested form, with the form it had (Word's `w:pPrChange`). */
  | { type: 'paragraph'; runs: ExportRun[]; breakSuggestion?: SuggestionMark; formSuggestion?: FormSuggestion }
  | { type: 'heading'; level: 2 | 3 | 4; runs: ExportRun[]; breakSuggestion?: SuggestionMark; formSuggestion?: FormSuggestion }
  /** One list: consecutive list items of one type. Numbering starts at 1 for each list. */
  | { type: 'list'; listType: ListType; items: ExportListItem[] }
  | { type: 'quote'; runs: ExportRun[]; breakSuggestion?: SuggestionMark; formSuggestion?: FormSuggestion }
  | { type: 'page-break' }
  | { type: 'rule' }
  /** A table of the body: rows of cells of runs (a line feed is a new line in the cell), widths as shares of the whole. */
  | { type: 'table'; headerRow: boolean; widths: number[]; rows: ExportRun[][][] }
  /** A picture of the body with its bytes (stored stripped of metadata), caption and credit; `image` is null when the library lacks it. */
  | { type: 'picture'; image: ExportImage | null; width: number; height: number; layout: PictureLayout; alt: string; caption: string; credit: string };

/** A picture's bytes as the library keeps them, for the formats that embed it. */
export interface ExportImage {
  mediaType: ImageMime;
  base64: string;
  /** Set when an HTML export writes the picture beside the page: its address relative to the page, used instead of `data:`. */
  href?: string;
}

export interface ExportSection {
  sectionId: string;
  /** Null for the opening text and the end mark, which print without a heading. */
  heading: string | null;
  /** The language the heading is written in (the briefing's, unless someone wrote one in another): capitals follow it. */
  headingLanguage: string;
  blocks: ExportBlock[];
  /** The end mark ("###", "-ends-"): printed centred, last. */
  endMark: boolean;
}

export interface ExportTable {
  columns: string[];
  rows: string[][];
}

/**
 * A briefing as every export format sees it: field references resolved,
 * lists grouped, empty optional sections dropped, guidance gone. PDF, DOCX,
 * plain text and HTML are all written from this, so they say the same thing.
 */
export interface ExportDocument {
  title: string;
  language: string;
  /** The words the app itself writes (participants heading, DRAFT, "Page X of Y" …), in the briefing's language. */
  words: DocumentStrings;
  header: DocumentHeader;
  sections: ExportSection[];
  participants: ExportTable | null;
  /** Lines of the media contact block, e.g. "Media contact: …". */
  contact: string[];
  draft: boolean;
  createdAt: string;
  /** The organisation's logo from Settings, shown in the masthead; null without one. */
  logo: OrganisationLogo | null;
  /** Page margins in millimetres, from Settings; the house default without them. */
  margins: PageMargins;
  /** Only in a review export (`options.review`, DOCX): the comment threads, in the order of their text. */
  review?: { threads: CommentThread[] };
}

/** Who issues every export, from Settings: it overrides what a template would infer. */
export interface ExportIssuer {
  organisationName: string;
  logo: OrganisationLogo | null;
  /** The default media contact, used where the briefing's own contact fields are empty. */
  mediaContact: string;
  margins: PageMargins;
}

/** What an export depends on besides the briefing, its template and the person's choices. */
export interface ExportContext {
  /**
   * When the export is made. An embargo still ahead of it heads every page;
   * one that has passed is gone. An argument, so the model stays a function
   * of what it is given.
   */
  now: Date;
  /** The press office's Settings; without them, what the template infers. */
  issuer?: ExportIssuer;
  /** The bytes of the body's pictures, by hash (`pictureHashes` lists them); a picture not here exports its caption only. */
  pictures?: ReadonlyMap<string, ExportImage>;
}

/** The hashes of every picture in a briefing's body, for the caller to fetch their bytes before exporting. */
export function pictureHashes(briefing: Pick<Briefing, 'body'>): string[] {
  return [...new Set(briefing.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'picture' ? [block.hash] : []))))];
}

function marksOf(node: { [Mark in MarkName]?: true }): ReadonlySet<MarkName> {
  return new Set(markNames.filter((mark) => node[mark] === true));
}

/** Set while a review export is built: runs then carry their suggestions and comment anchors. */
let reviewing = false;

function runsOf(children: InlineNode[], briefing: Briefing, template: BriefingTemplate | undefined): ExportRun[] {
  const runs: ExportRun[] = [];
  // Only a language other than the briefing's is worth saying: the document already says its own.
  const language = (node: { lang?: string }) => (node.lang && node.lang !== briefing.language ? { lang: node.lang } : {});
  const review = (node: { suggestion?: SuggestionMark; comments?: string[]; formatSuggestion?: MarkSuggestion }) =>
    reviewing
      ? { ...(node.suggestion ? { suggestion: node.suggestion } : {}), ...(node.comments ? { comments: node.comments } : {}), ...(node.formatSuggestion ? { formatSuggestion: node.formatSuggestion } : {}) }
      : {};
  const own = (node: { lang?: string; suggestion?: SuggestionMark; comments?: string[]; formatSuggestion?: MarkSuggestion }) => ({ ...language(node), ...review(node) });
  for (const node of children) {
    if ('text' in node) {
      if (node.text !== '') runs.push({ text: node.text, marks: marksOf(node), ...own(node) });
      continue;
    }
    switch (node.type) {
      case 'field-ref': {
        const { value } = resolveFieldReference(node, template, briefing.fields, briefing.language);
        if (value !== '') runs.push({ text: value, marks: marksOf(node.children[0]), ...review({ suggestion: node.suggestion, comments: node.children[0].comments }) });
        break;
      }
      case 'link':
        for (const child of node.children) if (child.text !== '') runs.push({ text: child.text, marks: marksOf(child), url: node.url, ...own(child) });
        break;
    }
  }
  return runs;
}

function blocksOf(children: BlockElement[], briefing: Briefing, template: BriefingTemplate | undefined, pictures: ReadonlyMap<string, ExportImage>): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  // A suggested paragraph mark travels only into a review export (Word's tracked paragraph mark).
  // So does a suggested form (Word's tracked paragraph formatting).
  const mark = (block: { breakSuggestion?: SuggestionMark; formSuggestion?: FormSuggestion }) => ({
    ...(reviewing && block.breakSuggestion ? { breakSuggestion: block.breakSuggestion } : {}),
    ...(reviewing && block.formSuggestion ? { formSuggestion: block.formSuggestion } : {}),
  });
  for (const block of children) {
    switch (block.type) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', runs: runsOf(block.children, briefing, template), ...mark(block) });
        break;
      case 'heading':
        blocks.push({ type: 'heading', level: block.level, runs: runsOf(block.children, briefing, template), ...mark(block) });
        break;
      case 'block-quote':
        blocks.push({ type: 'quote', runs: runsOf(block.children, briefing, template), ...mark(block) });
        break;
      case 'list-item': {
        const item = { indent: block.indent, runs: runsOf(block.children, briefing, template), ...mark(block) };
        const last = blocks.at(-1);
        if (last?.type === 'list' && last.listType === block.listType) last.items.push(item);
        else blocks.push({ type: 'list', listType: block.listType, items: [item] });
        break;
      }
      case 'page-break':
        blocks.push({ type: 'page-break' });
        break;
      case 'horizontal-rule':
        blocks.push({ type: 'rule' });
        break;
      case 'table': {
        const rows = block.children.map((row) => row.children.map((cell) => runsOf(cell.children, briefing, template)));
        // A table with nothing in any cell is a placeholder, like an empty paragraph.
        if (rows.some((row) => row.some((cell) => cell.length > 0))) {
          blocks.push({ type: 'table', headerRow: block.headerRow === true && rows.length > 1, widths: block.columnWidths, rows });
        }
        break;
      }
      case 'picture': {
        const image = pictures.get(block.hash) ?? null;
        if (image || block.caption.trim() !== '' || block.credit.trim() !== '') {
          const { width, height, layout, alt, caption, credit } = block;
          blocks.push({ type: 'picture', image, width, height, layout, alt: alt.trim(), caption: caption.trim(), credit: credit.trim() });
        }
        break;
      }
    }
  }
  // Empty text blocks are the editor's placeholders, not content; an empty list item is dropped the same way.
  return blocks
    .map((block) => (block.type === 'list' ? { ...block, items: block.items.filter((item) => item.runs.length > 0) } : block))
    .filter((block) => (block.type === 'list' ? block.items.length > 0 : !('runs' in block) || block.runs.length > 0));
}

const endMarkSectionId = 'end-mark';

/** The opening text reads as the start of the document, not under a "Lede" or "Body" heading. */
export function printsWithoutHeading(sectionId: string, template: BriefingTemplate | undefined): boolean {
  return sectionId === template?.lede?.sectionId || sectionId === 'body' || sectionId === endMarkSectionId;
}

function sectionsOf(briefing: Briefing, template: BriefingTemplate | undefined, pictures: ReadonlyMap<string, ExportImage>): ExportSection[] {
  const sections: ExportSection[] = [];
  for (const section of briefing.body) {
    const endMark = section.sectionId === endMarkSectionId;
    let blocks = blocksOf(section.children, briefing, template, pictures);
    const labels = sectionLabels(section, briefing.templateId, briefing.language);
    // An end-mark section left empty prints its mark, which the template gives as the guidance.
    if (endMark && blocks.length === 0 && labels.guidance.trim() !== '') {
      blocks = [{ type: 'paragraph', runs: [{ text: labels.guidance.trim(), marks: new Set() }] }];
    }
    if (blocks.length === 0) continue;
    const heading = printsWithoutHeading(section.sectionId, template) || labels.heading.trim() === '' ? null : labels.heading.trim();
    sections.push({ sectionId: section.sectionId, heading, headingLanguage: labels.headingLanguage, blocks, endMark });
  }
  // The end mark closes the document, after anything else.
  return [...sections.filter((section) => !section.endMark), ...sections.filter((section) => section.endMark)];
}

function participantsOf(briefing: Briefing): ExportTable | null {
  const rows = briefing.participants.filter((participant) => participant.name.trim() !== '');
  if (rows.length === 0) return null;
  const withRole = rows.some((participant) => participant.role.trim() !== '');
  const { columns, sides } = documentStrings(briefing.language).participants;
  return {
    columns: [columns.name, columns.title, columns.organisation, columns.side, ...(withRole ? [columns.role] : [])],
    rows: rows.map((participant) => [
      participant.name.trim(),
      participant.title.trim(),
      participant.organisation.trim(),
      sides[participant.side],
      ...(withRole ? [participant.role.trim()] : []),
    ]),
  };
}

/** The media contact block, from the template's contact fields (`contactName`, `contactPhone`, `contactEmail` …). */
function contactOf(briefing: Briefing, template: BriefingTemplate | undefined): string[] {
  const fields = (template?.fields ?? []).filter((field) => /^contact[A-Z]/u.test(field.id));
  const labels: Record<string, string | undefined> = documentStrings(briefing.language).contact;
  const lines: string[] = [];
  for (const field of fields) {
    const value = fieldValueOf(briefing.fields, field.id);
    const text = isPersonValue(value) ? formatFieldValue(field, value, briefing.language) : (value ?? '').trim();
    if (text !== '') lines.push(`${labels[field.id] ?? field.label}: ${text}`);
  }
  return lines;
}

/**
 * Builds the export model of a briefing made at `context.now`; `template` may
 * be missing for a briefing whose template was deleted. With an `issuer` (the
 * press office's Settings), its organisation name heads every export and its
 * media contact fills a template's empty contact block.
 */
export function exportDocument(
  stored: Briefing,
  storedTemplate: BriefingTemplate | undefined,
  options: ExportOptions,
  { now, issuer: storedIssuer, pictures = new Map() }: ExportContext,
): ExportDocument {
  // Every string that reaches a format goes through here first (see printable-text.ts).
  // Suggested changes not yet accepted are not the briefing's text: every format shows the author's (see suggestions.ts),
  // unless a review DOCX is asked for, which carries them as tracked changes.
  const review = options.review === true;
  const briefing = withPrintableText(review ? stored : { ...stored, body: bodyAsWritten(stored.body) });
  const template = storedTemplate && withPrintableText(storedTemplate);
  const issuer = storedIssuer && withPrintableText(storedIssuer);
  const header = documentHeader(briefing, template, now);
  const organisation = issuer?.organisationName.trim() || header.organisation;
  const contact = contactOf(briefing, template);
  const hasContactBlock = (template?.fields ?? []).some((field) => /^contact[A-Z]/u.test(field.id));
  const defaultContact = (issuer?.mediaContact ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  return {
    title: briefing.title.trim() || template?.defaultTitle || 'Briefing',
    language: briefing.language,
    words: documentStrings(briefing.language),
    header: { ...header, organisation },
    sections: sectionsWithReview(review, () => sectionsOf(briefing, template, pictures)),
    participants: options.includeParticipants && (template?.hasParticipants ?? true) ? participantsOf(briefing) : null,
    contact: contact.length === 0 && hasContactBlock ? defaultContact : contact,
    draft: options.draftMark,
    createdAt: briefing.createdAt,
    logo: issuer?.logo ?? null,
    margins: issuer?.margins ?? pageMargins,
    ...(review ? { review: { threads: commentThreads(briefing.body).map(({ thread }) => thread) } } : {}),
  };
}

function sectionsWithReview(review: boolean, build: () => ExportSection[]): ExportSection[] {
  reviewing = review;
  try {
    return build();
  } finally {
    reviewing = false;
  }
}
