import { z } from 'zod';
import { referenceForms } from './language/reference-form-names';
import { commentAnchorsSchema, sectionCommentsSchema } from './comment-schema';
import { suggestionBylineShape, suggestionMarkSchema } from './suggestion-schema';
import { MAX_PICTURE_ALT, MAX_PICTURE_CAPTION, MAX_PICTURE_CREDIT, pictureLayouts } from './picture';

/**
 * The rich-text body of a briefing, as Slate nodes.
 *
 * The zod schemas are the single source of truth: the TypeScript types are
 * inferred from them, Slate's `CustomTypes` are declared from those types
 * (see `slate-types.ts`), and the main process validates every saved body
 * against the same schemas.
 *
 * Lists are flat, the way Word stores them: a run of consecutive `list-item`
 * blocks with the same `listType` is one list, and `indent` is the nesting
 * level (Word's `ilvl`). This keeps normalisation, paste and DOCX numbering
 * simple and makes renumbering automatic.
 */

/** Longest text a single leaf may hold; keeps a malformed call from filling memory. */
export const MAX_TEXT_LENGTH = 1_000_000;
export const MAX_LIST_INDENT = 8;

/** The on/off formatting a run had before a suggested formatting change: only the marks that were on. */
export const markSetSchema = z.strictObject({
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  underline: z.literal(true).optional(),
  strikethrough: z.literal(true).optional(),
  /** Superscript and subscript exclude each other; normalisation drops subscript from a text that has both. */
  superscript: z.literal(true).optional(),
  subscript: z.literal(true).optional(),
});
export type MarkSet = z.infer<typeof markSetSchema>;

/**
 * A suggested change of a run's formatting (Word's tracked formatting, `w:rPrChange`): the run shows its new marks,
 * and `from` is the marks it had, which rejecting restores exactly; accepting keeps the new ones.
 */
export const markSuggestionSchema = z.strictObject({
  ...suggestionBylineShape,
  from: markSetSchema,
});
export type MarkSuggestion = z.infer<typeof markSuggestionSchema>;

export const formattedTextSchema = z.strictObject({
  text: z.string().max(MAX_TEXT_LENGTH),
  ...markSetSchema.shape,
  /**
   * The language of this run where it is not the briefing's (a quotation in
   * English inside an Azerbaijani briefing), as a BCP 47 tag: spelling checks
   * it with that language's dictionary, and exports tag it.
   */
  lang: z
    .string()
    .max(35)
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "az"')
    .optional(),
  /** Review comment threads anchored on this text (see `comment-schema.ts`); never exported. */
  comments: commentAnchorsSchema,
  /** A suggested insertion or deletion of this text (see `suggestion-schema.ts`); exports show the text as if rejected. */
  suggestion: suggestionMarkSchema.optional(),
  /** A suggested change of this text's formatting; exports without review show the formatting it had. */
  formatSuggestion: markSuggestionSchema.optional(),
});
export type FormattedText = z.infer<typeof formattedTextSchema>;
/** The on/off formatting of a run (`lang` is a value, not a mark to toggle). */
export type MarkName = Exclude<keyof FormattedText, 'text' | 'lang' | 'comments' | 'suggestion' | 'formatSuggestion'>;
export const markNames = ['bold', 'italic', 'underline', 'strikethrough', 'superscript', 'subscript'] as const satisfies readonly MarkName[];

export const personParts = ['name', 'title', 'organisation'] as const;
export type PersonPart = (typeof personParts)[number];

/**
 * A field of the briefing shown inside running text ("On {meeting date}, …").
 * An inline void element: it holds no text of its own and shows the field's
 * current value, so changing the value in Details changes every mention.
 * For a person field, `part` picks the name, title or organisation.
 */
export const fieldReferenceSchema = z.strictObject({
  type: z.literal('field-ref'),
  fieldId: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/),
  part: z.enum(personParts).optional(),
  /**
   * The form running text needs ("Azərbaycan Respublikasının", "Bakıda",
   * "Генеральным секретарём"): see `language/reference-forms.ts`. Without it,
   * the value as entered.
   */
  form: z.enum(referenceForms).optional(),
  /** A suggested insertion or deletion of this reference, as on text. */
  suggestion: suggestionMarkSchema.optional(),
  children: z.tuple([formattedTextSchema]),
});
export type FieldReferenceElement = z.infer<typeof fieldReferenceSchema>;

export const MAX_URL_LENGTH = 2048;
export const linkSchemes = ['http:', 'https:', 'mailto:'] as const;

/**
 * True for the only links a briefing may carry: absolute http, https and
 * mailto addresses. Everything else (`javascript:`, `data:`, `file:`,
 * relative paths) is refused by the schema, so no layer has to remember to check.
 */
export function isAllowedLinkUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_URL_LENGTH || url !== url.trim()) return false;
  // Control characters and white space inside a URL are how scheme checks get fooled.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u0020\u007f]/u.test(url)) return false;
  // Scheme compared case-insensitively, as browsers do; an http(s) link needs a host.
  return /^https?:\/\/[^/?#@:]+(:\d{1,5})?([/?#]|$)/iu.test(url) || /^mailto:[^/?#]+$/iu.test(url);
}

export const linkUrlSchema = z.string().max(MAX_URL_LENGTH).refine(isAllowedLinkUrl, 'Only http, https and mailto links are allowed');

/** A hyperlink around formatted text. Links hold text only: no field references, no nested links. */
export const linkSchema = z.strictObject({
  type: z.literal('link'),
  url: linkUrlSchema,
  children: z.array(formattedTextSchema).min(1).max(10_000),
});
export type LinkElement = z.infer<typeof linkSchema>;

export const inlineNodeSchema = z.union([formattedTextSchema, fieldReferenceSchema, linkSchema]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

const inlineChildren = z.array(inlineNodeSchema).min(1).max(100_000);

/**
 * A suggested change to the paragraph mark that ends a text block (Word's tracked paragraph mark): `insert` when a
 * reviewer broke the paragraph here (rejecting joins it with the next block again), `delete` when a reviewer joined
 * it with the next block (accepting joins them). Only a text block followed by another in its section carries one.
 */
const breakSuggestion = suggestionMarkSchema.optional();

export const headingLevels = [2, 3, 4] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const headingLevelSchema = z.union([z.literal(2), z.literal(3), z.literal(4)]);

export const listTypes = ['bulleted', 'numbered'] as const;
export const listTypeSchema = z.enum(listTypes);
export type ListType = (typeof listTypes)[number];

/** The form of a text block: what a paragraph, heading, list item or quotation is apart from its text. */
export const blockFormSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph') }),
  z.strictObject({ type: z.literal('heading'), level: headingLevelSchema }),
  z.strictObject({ type: z.literal('list-item'), listType: listTypeSchema, indent: z.number().int().min(0).max(MAX_LIST_INDENT) }),
  z.strictObject({ type: z.literal('block-quote') }),
]);
export type BlockForm = z.infer<typeof blockFormSchema>;

/**
 * A suggested change of a text block's form (Word's tracked paragraph formatting, `w:pPrChange`): the block
 * shows its new form, and `from` is the form it had, which rejecting restores exactly; accepting keeps the new one.
 */
export const formSuggestionSchema = z.strictObject({
  ...suggestionBylineShape,
  from: blockFormSchema,
});
export type FormSuggestion = z.infer<typeof formSuggestionSchema>;
const formSuggestion = formSuggestionSchema.optional();

export const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  breakSuggestion,
  formSuggestion,
  children: inlineChildren,
});
export type ParagraphElement = z.infer<typeof paragraphSchema>;

export const headingSchema = z.strictObject({
  type: z.literal('heading'),
  level: headingLevelSchema,
  breakSuggestion,
  formSuggestion,
  children: inlineChildren,
});
export type HeadingElement = z.infer<typeof headingSchema>;

export const listItemSchema = z.strictObject({
  type: z.literal('list-item'),
  listType: listTypeSchema,
  indent: z.number().int().min(0).max(MAX_LIST_INDENT),
  breakSuggestion,
  formSuggestion,
  children: inlineChildren,
});
export type ListItemElement = z.infer<typeof listItemSchema>;

export const blockQuoteSchema = z.strictObject({
  type: z.literal('block-quote'),
  breakSuggestion,
  formSuggestion,
  children: inlineChildren,
});
export type BlockQuoteElement = z.infer<typeof blockQuoteSchema>;

/** The empty text every void block holds, as Slate requires. */
const voidChildren = z.tuple([z.strictObject({ text: z.literal('') })]);

/** Starts a new page in PDF and DOCX; shown as a labelled rule in the editor. A void block. */
export const pageBreakSchema = z.strictObject({
  type: z.literal('page-break'),
  children: voidChildren,
});
export type PageBreakElement = z.infer<typeof pageBreakSchema>;

/** A horizontal line between blocks. A void block. */
export const horizontalRuleSchema = z.strictObject({
  type: z.literal('horizontal-rule'),
  children: voidChildren,
});
export type HorizontalRuleElement = z.infer<typeof horizontalRuleSchema>;

/**
 * A picture: a void block that refers to an image kept once in the library
 * by the SHA-256 of its stored bytes (see `picture.ts`), never to an address.
 * The caption and credit are the briefing's text, in its language and
 * direction; `alt` describes the picture for a screen reader and is the
 * DOCX picture's description. `width`/`height` are the stored image's
 * pixels, so a page lays the picture out before its bytes arrive.
 */
export const pictureSchema = z.strictObject({
  type: z.literal('picture'),
  hash: z.string().regex(/^[0-9a-f]{64}$/u, 'a SHA-256 in lower-case hex'),
  width: z.number().int().positive().max(1_000_000),
  height: z.number().int().positive().max(1_000_000),
  layout: z.enum(pictureLayouts),
  alt: z.string().max(MAX_PICTURE_ALT),
  caption: z.string().max(MAX_PICTURE_CAPTION),
  credit: z.string().max(MAX_PICTURE_CREDIT),
  children: voidChildren,
});
export type PictureElement = z.infer<typeof pictureSchema>;

export const MAX_TABLE_COLUMNS = 20;
export const MAX_TABLE_ROWS = 2000;

/** A table cell holds running text; a line feed in it is a new line inside the cell (Enter in the editor). */
export const tableCellSchema = z.strictObject({
  type: z.literal('table-cell'),
  children: inlineChildren,
});
export type TableCellElement = z.infer<typeof tableCellSchema>;

export const tableRowSchema = z.strictObject({
  type: z.literal('table-row'),
  children: z.array(tableCellSchema).min(1).max(MAX_TABLE_COLUMNS),
});
export type TableRowElement = z.infer<typeof tableRowSchema>;

/**
 * A table: rows of cells, no merged cells, always rectangular (normalisation
 * pads short rows). `columnWidths` are the columns' shares of the width,
 * summing to 1; `headerRow` makes the first row a header repeated on every
 * page in PDF and DOCX.
 */
export const tableSchema = z.strictObject({
  type: z.literal('table'),
  headerRow: z.literal(true).optional(),
  columnWidths: z
    .array(z.number().positive().max(1))
    .min(1)
    .max(MAX_TABLE_COLUMNS)
    .refine((widths) => Math.abs(widths.reduce((sum, width) => sum + width, 0) - 1) < 0.001, 'Column widths must add up to the whole width'),
  children: z.array(tableRowSchema).min(1).max(MAX_TABLE_ROWS),
});
export type TableElement = z.infer<typeof tableSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  listItemSchema,
  blockQuoteSchema,
  pageBreakSchema,
  horizontalRuleSchema,
  tableSchema,
  pictureSchema,
]);
export type BlockElement = z.infer<typeof blockSchema>;
export type BlockType = BlockElement['type'];
/**
 * Blocks that hold text or nothing: a table (rows) and a picture (an image and its
 * caption) are blocks of the section too, but are not among these.
 */
export const blockTypes = [
  'paragraph',
  'heading',
  'list-item',
  'block-quote',
  'page-break',
  'horizontal-rule',
] as const satisfies readonly Exclude<BlockType, 'table' | 'picture'>[];
/** Blocks that hold no text: the editor treats them as void. */
export const voidBlockTypes = ['page-break', 'horizontal-rule'] as const satisfies readonly BlockType[];
export type VoidBlockElement = PageBreakElement | HorizontalRuleElement;
/** What holds a line of running text: a text block, or a table's cell (find and spelling look into both). */
export type TextBlockElement = Exclude<BlockElement, VoidBlockElement | TableElement | PictureElement> | TableCellElement;
/** The blocks with text or nothing, what `isBlock` matches: every block but a table or a picture. */
export type SimpleBlockElement = Exclude<BlockElement, TableElement | PictureElement>;

export const sectionSchema = z.strictObject({
  type: z.literal('section'),
  /** The template section this came from, e.g. `agreed-points`; stable across renames. */
  sectionId: z.string().min(1).max(100),
  /** Shown above the section and exported as its heading; empty for an untitled body. */
  heading: z.string().max(500),
  /**
   * Set when the person gave the section a heading of their own. A built-in
   * section without it shows its heading in the briefing's language (see
   * `sectionLabels`), so changing the language re-labels it.
   */
  renamed: z.literal(true).optional(),
  /** Placeholder text shown while the section is empty; never exported. */
  guidance: z.string().max(2000),
  required: z.boolean(),
  /** A locked section cannot be removed from the briefing. */
  locked: z.boolean(),
  /** Review comment threads whose text begins in this section; never exported. */
  comments: sectionCommentsSchema,
  children: z.array(blockSchema).min(1).max(100_000),
});
export type SectionElement = z.infer<typeof sectionSchema>;

export const briefingBodySchema = z.array(sectionSchema).min(1).max(200);
export type BriefingBody = z.infer<typeof briefingBodySchema>;

export type BriefingElement = SectionElement | BlockElement | TableRowElement | TableCellElement | FieldReferenceElement | LinkElement;
export type BriefingElementType = BriefingElement['type'];
