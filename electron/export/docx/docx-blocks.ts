import { AlignmentType, ExternalHyperlink, HeadingLevel, ImageRun, PageBreak, Paragraph, type IParagraphPropertiesChangeOptions, type IParagraphRunOptions, type IRunOptions, type Table, type ParagraphChild } from 'docx';
import type { SuggestionMark } from '../../../shared/document/suggestion-schema';
import { markNames, type BlockForm, type FormSuggestion, type ListType, type MarkName } from '../../../shared/document/briefing-body';
import type { ExportBlock, ExportRun } from '../../../shared/document/export/export-document';
import type { TextDirection } from '../../../shared/document/text-direction';
import { directedTextRuns } from './docx-direction';
import { numberingReferences } from './docx-numbering';
import { wordLanguage } from './word-language';
import { docxBodyTable } from './docx-table';
import { currentDocxReview } from './docx-review';

function textRuns(run: ExportRun, direction: TextDirection, style?: string): ParagraphChild[] {
  // Line breaks inside a run (Shift+Enter) become Word line breaks before the next line.
  return run.text.split('\n').flatMap((line, index): ParagraphChild[] => {
    const options = runOptions(run, index, style);
    // In a review export, a suggested change is a tracked insertion or deletion.
    const tracked = currentDocxReview()?.tracked(run, line, options);
    return tracked ? [tracked] : directedTextRuns(line, direction, options);
  });
}

/**
 * A run's formatting as Word run properties (`w:rPr`): its style, marks and language. Only the properties it has are
 * set: docx reads some forty options for every run, and an object of many keys set to `undefined` made that a fifth
 * of building a long document (the XML is the same).
 */
function runProperties(marks: ReadonlySet<MarkName>, lang: string | undefined, style: string | undefined): IRunOptions {
  const properties: { -readonly [Key in keyof IRunOptions]: IRunOptions[Key] } = {};
  if (style !== undefined) properties.style = style;
  if (marks.has('bold')) properties.bold = true;
  if (marks.has('italic')) properties.italics = true;
  if (marks.has('underline')) properties.underline = {};
  if (marks.has('strikethrough')) properties.strike = true;
  if (marks.has('superscript')) properties.superScript = true;
  if (marks.has('subscript')) properties.subScript = true;
  // Word proofs a passage marked in another language with that language's dictionary.
  if (lang) properties.language = { value: wordLanguage(lang) };
  return properties;
}

function runOptions(run: ExportRun, index: number, style: string | undefined): IRunOptions {
  // In a review export, a suggested formatting change is Word's tracked one: `w:rPrChange` with the properties it had.
  const change = run.formatSuggestion && currentDocxReview()?.formatChange(run.formatSuggestion);
  const from = run.formatSuggestion && new Set(markNames.filter((name) => run.formatSuggestion?.from[name] === true));
  return {
    ...(index > 0 ? { break: 1 } : {}),
    ...runProperties(run.marks, run.lang, style),
    ...(change && from ? { revision: { ...change, ...runProperties(from, run.lang, style) } } : {}),
  };
}

/** Runs as Word runs; consecutive runs of one link become one hyperlink. */
export function docxRuns(runs: readonly ExportRun[], direction: TextDirection = 'ltr'): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index];
    if (!run) continue;
    const review = currentDocxReview();
    if (!run.url) {
      children.push(...(review?.before(run) ?? []), ...textRuns(run, direction), ...(review?.after(run) ?? []));
      continue;
    }
    const linked: ParagraphChild[] = [];
    const group: ExportRun[] = [];
    let next: ExportRun | undefined = run;
    while (next?.url === run.url) {
      linked.push(...textRuns(next, direction, 'Hyperlink'));
      group.push(next);
      index += 1;
      next = runs[index];
    }
    index -= 1;
    // Comment ranges go around the whole link: Word keeps them outside a hyperlink.
    children.push(...group.flatMap((member) => review?.before(member) ?? []));
    children.push(new ExternalHyperlink({ link: run.url, children: linked }));
    children.push(...group.flatMap((member) => review?.after(member) ?? []));
  }
  return children;
}

const headingLevels = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

/** A suggested paragraph mark as Word tracks one: `w:ins` or `w:del` in the paragraph mark's run properties. */
function paragraphMark(mark: SuggestionMark | undefined): { run?: IParagraphRunOptions } {
  const change = mark && currentDocxReview()?.paragraphMark(mark);
  return change ? { run: change } : {};
}

/**
 * The numbering instance of a list: a numbered list has its own, so it starts at 1; bulleted lists, which count
 * nothing, all share one. (One instance per bulleted list was a `w:num` with nine level overrides each: in a 100-page
 * briefing most of `numbering.xml`, written and zipped for nothing.)
 */
function listInstance(listType: ListType, nextListInstance: () => number): number {
  return listType === 'numbered' ? nextListInstance() : 0;
}

/** A block form as Word paragraph properties: a heading style, the Quote style, a list's style and numbering, or none. */
function formProperties(form: BlockForm, nextListInstance: () => number): Omit<IParagraphPropertiesChangeOptions, 'id' | 'author' | 'date'> {
  switch (form.type) {
    case 'heading':
      return { heading: headingLevels[form.level] };
    case 'block-quote':
      return { style: 'Quote' };
    case 'list-item':
      return { style: form.listType === 'numbered' ? 'ListNumber' : 'ListBullet', numbering: { reference: numberingReferences[form.listType], level: form.indent, instance: listInstance(form.listType, nextListInstance) } };
    default:
      return {};
  }
}

/** A suggested form as Word tracks a formatting change of a paragraph: `w:pPrChange` holding the properties it had. */
function formChange(suggestion: FormSuggestion | undefined, nextListInstance: () => number): { revision?: IParagraphPropertiesChangeOptions } {
  const change = suggestion && currentDocxReview()?.formChange(suggestion);
  return change ? { revision: { ...change, ...formProperties(suggestion.from, nextListInstance) } } : {};
}

/**
 * Maps body blocks to Word paragraphs. `nextListInstance` hands out a new
 * numbering instance per list, so each list restarts at 1 while its items
 * keep counting across indent levels as Word does.
 */
export function docxBlocks(blocks: readonly ExportBlock[], nextListInstance: () => number, direction: TextDirection = 'ltr', textWidth = 9000): (Paragraph | Table)[] {
  const paragraphs: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        paragraphs.push(new Paragraph({ ...paragraphMark(block.breakSuggestion), ...formChange(block.formSuggestion, nextListInstance), children: docxRuns(block.runs, direction) }));
        break;
      case 'heading':
        paragraphs.push(
          new Paragraph({ ...paragraphMark(block.breakSuggestion), ...formChange(block.formSuggestion, nextListInstance), heading: headingLevels[block.level], children: docxRuns(block.runs, direction) }),
        );
        break;
      case 'quote':
        paragraphs.push(new Paragraph({ ...paragraphMark(block.breakSuggestion), ...formChange(block.formSuggestion, nextListInstance), style: 'Quote', children: docxRuns(block.runs, direction) }));
        break;
      case 'list': {
        const instance = listInstance(block.listType, nextListInstance);
        for (const item of block.items) {
          paragraphs.push(
            new Paragraph({
              ...paragraphMark(item.breakSuggestion),
              ...formChange(item.formSuggestion, nextListInstance),
              style: block.listType === 'numbered' ? 'ListNumber' : 'ListBullet',
              numbering: { reference: numberingReferences[block.listType], level: item.indent, instance },
              children: docxRuns(item.runs, direction),
            }),
          );
        }
        break;
      }
      case 'page-break':
        paragraphs.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'rule':
        paragraphs.push(new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '888888', space: 1 } }, children: [] }));
        break;
      case 'table':
        paragraphs.push(docxBodyTable(block, textWidth, direction));
        break;
      case 'picture':
        paragraphs.push(...docxPicture(block, textWidth, direction));
        break;
    }
  }
  return paragraphs;
}

/** The tallest a picture may stand on the page, in Word's pixels (96 per inch): about 16 cm, leaving room for its caption. */
const MAX_PICTURE_HEIGHT = 600;

/**
 * A picture as an inline picture in a centred paragraph, the text width or
 * half of it, its alt text as the picture's description (Word's Alt Text
 * pane); then its caption and credit in Word's Caption style. Only PNG and
 * JPEG arrive here (`withWordPictures`).
 */
function docxPicture(picture: Extract<ExportBlock, { type: 'picture' }>, textWidth: number, direction: TextDirection): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const { image } = picture;
  if (image && (image.mediaType === 'image/png' || image.mediaType === 'image/jpeg')) {
    // textWidth is in twentieths of a point; Word's picture size is in pixels at 96 per inch.
    let width = Math.round(((textWidth / 1440) * 96 * (picture.layout === 'half' ? 0.5 : 1)));
    let height = Math.round((width * picture.height) / picture.width);
    if (height > MAX_PICTURE_HEIGHT) {
      width = Math.round((width * MAX_PICTURE_HEIGHT) / height);
      height = MAX_PICTURE_HEIGHT;
    }
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type: image.mediaType === 'image/png' ? 'png' : 'jpg',
            data: Buffer.from(image.base64, 'base64'),
            transformation: { width: Math.max(1, width), height: Math.max(1, height) },
            altText: { name: picture.caption || picture.alt || 'Picture', description: picture.alt, title: picture.caption },
          }),
        ],
      }),
    );
  }
  const caption = [picture.caption, picture.credit].filter(Boolean);
  if (caption.length > 0) {
    paragraphs.push(
      new Paragraph({
        style: 'Caption',
        alignment: AlignmentType.CENTER,
        children: caption.flatMap((text, index) => directedTextRuns(index === 0 ? text : `${picture.caption ? ' ' : ''}${text}`, direction, index === 0 && picture.caption ? {} : { italics: false })),
      }),
    );
  }
  return paragraphs;
}
