import { z } from 'zod';
import type { Briefing } from '../document/briefing';
import type { TemplateMatch } from '../document/import/template-match';
import type { ServiceArgumentSchemas } from './service-contract';
import type { LocalisedMessage } from './ipc-result';

/**
 * A field the import filled from the file's header, footer or masthead, as data: the window says it in the
 * interface language. `fieldId` names a built-in field by its catalog words; `label` (and `choiceLabel`) are
 * the template's own words, shown for a person's own template.
 */
export type ImportedField =
  | {
      kind: 'choice';
      fieldId: string;
      label: string;
      /** The choice's value, as the briefing stores it ("restricted"). */
      choice: string;
      choiceLabel: string;
    }
  | {
      kind: 'moment';
      fieldId: string;
      label: string;
      /**
       * The moment as the briefing stores it: ISO 8601 `YYYY-MM-DDTHH:mm`, with no offset, because an
       * embargo is a wall-clock time of the person's computer (`embargoUntilOf`); the window shows it on
       * that clock, as it shows the briefing's embargo once it is saved.
       */
      moment: string;
    };

/**
 * What the person sees before an imported Word draft is saved. Nothing is
 * in the library yet; `previewId` names the converted draft the main process
 * keeps until `createFromDocx` or `discardDocx`.
 */
export interface DocxImportPreview {
  previewId: string;
  fileName: string;
  /** The title the briefing will get. */
  title: string;
  /** The template whose sections the headings match (ids, and its own words), or `null`: then only Blank is offered. */
  recognised: TemplateMatch | null;
  /** The document's section headings, in order. */
  headings: string[];
  /** Participants read from a participants table. */
  participants: number;
  /** Fields filled from the header, footer or the lines above the title, in the recognised template. */
  fields: ImportedField[];
  /** One sentence each: images, comments, tracked changes, styles and content that did not come across. */
  dropped: LocalisedMessage[];
}

export const importPreviewIdSchema = z.string().uuid();

export const createFromDocxRequestSchema = z.strictObject({
  previewId: importPreviewIdSchema,
  /** The recognised template's id, or `blank`. */
  templateId: z.string().min(1).max(100),
});
export type CreateFromDocxRequest = z.infer<typeof createFromDocxRequestSchema>;

/** Word drafts into briefings, in two steps, so the person sees the summary before anything is saved. */
export interface ImportService {
  /** Asks for a .docx file (native open dialog) and converts it; `null` when the person cancels. Saves nothing. */
  previewDocx(): Promise<DocxImportPreview | null>;
  /** Makes the new briefing from a preview, in one transaction, with an `import` revision. */
  createFromDocx(request: CreateFromDocxRequest): Promise<Briefing>;
  /** Forgets a preview the person cancelled. */
  discardDocx(previewId: string): Promise<void>;
}

export const importServiceArguments = {
  previewDocx: z.tuple([]),
  createFromDocx: z.tuple([createFromDocxRequestSchema]),
  discardDocx: z.tuple([importPreviewIdSchema]),
} satisfies ServiceArgumentSchemas<ImportService>;
