import type { Briefing } from '../../shared/document/briefing';
import { matchTemplate } from '../../shared/document/import/template-match';
import type { Library } from '../storage/library';
import { convertDocxFile, createImportedBriefing } from './docx-import';
import type { DocxConverter } from './ports';

/**
 * For the command line: imports the Word file at `path` as a new briefing,
 * into `templateId` when given, otherwise into the template its headings
 * match, or Blank. Throws a `ServiceError` with one sentence for a file that
 * cannot be imported; nothing is saved then.
 */
export async function importDocxFromPath(library: Library, path: string, options: { templateId?: string; convert?: DocxConverter } = {}): Promise<Briefing> {
  const document = await convertDocxFile(library, path, options.convert);
  const templateId = options.templateId ?? matchTemplate(document, library.templates.list())?.templateId ?? 'blank';
  return createImportedBriefing(library, document, templateId);
}
