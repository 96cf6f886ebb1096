import { z } from 'zod';
import { briefingIdSchema } from '../document/briefing';
import type { BriefingTemplate } from '../document/template';
import { interfaceLanguages } from '../i18n/interface-language';
import type { ServiceArgumentSchemas } from './service-contract';

const templateIdSchema = z.string().min(1).max(100);
const templateNameSchema = z.string().trim().min(1, 'a template needs a name').max(200);

export const saveAsTemplateRequestSchema = z.strictObject({
  briefingId: briefingIdSchema,
  name: templateNameSchema,
  /** Keep the briefing's text as the new template's starting content. */
  keepContent: z.boolean(),
  /**
   * The interface language of the window that asks: a built-in template's field labels, hints and choices are
   * copied in it, and so is the new template's description. Without it, English (as before).
   */
  language: z.enum(interfaceLanguages).optional(),
});
export type SaveAsTemplateRequest = z.infer<typeof saveAsTemplateRequestSchema>;

export const renameTemplateRequestSchema = z.strictObject({ id: templateIdSchema, name: templateNameSchema });
export type RenameTemplateRequest = z.infer<typeof renameTemplateRequestSchema>;

export interface TemplateService {
  /** Templates for the "New briefing" menu, built-in ones first. */
  list(): Promise<BriefingTemplate[]>;
  /** Any template by id, including a deleted saved one that briefings were made from. */
  get(id: string): Promise<BriefingTemplate>;
  /** Saves a briefing's structure (and, if asked, its text) as a new template. */
  saveFromBriefing(request: SaveAsTemplateRequest): Promise<BriefingTemplate>;
  rename(request: RenameTemplateRequest): Promise<BriefingTemplate>;
  /** Removes a saved template from "New briefing"; built-in templates cannot be removed. */
  remove(id: string): Promise<void>;
  /** Brings a deleted saved template back (the Undo of a delete). */
  restore(id: string): Promise<BriefingTemplate>;
}

export const templateServiceArguments = {
  list: z.tuple([]),
  get: z.tuple([templateIdSchema]),
  saveFromBriefing: z.tuple([saveAsTemplateRequestSchema]),
  rename: z.tuple([renameTemplateRequestSchema]),
  remove: z.tuple([templateIdSchema]),
  restore: z.tuple([templateIdSchema]),
} satisfies ServiceArgumentSchemas<TemplateService>;
