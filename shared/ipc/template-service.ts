import { z } from 'zod';
import type { BriefingTemplate } from '../document/template';
import type { ServiceArgumentSchemas } from './service-contract';

export interface TemplateService {
  /** Templates for the "New briefing" menu, built-in ones first. */
  list(): Promise<BriefingTemplate[]>;
}

export const templateServiceArguments = {
  list: z.tuple([]),
} satisfies ServiceArgumentSchemas<TemplateService>;
