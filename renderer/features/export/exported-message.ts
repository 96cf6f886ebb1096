import type { ExportResult, FamilyExportResult } from '../../../shared/ipc/export-service';
import type { Translate } from '../../../shared/i18n/messages';
import type { InterfaceFormat } from '../../ui/interface-language';

/** A file's size as the interface writes it: bytes, KB or MB in the interface language's digits. */
function size(bytes: number, t: Translate, format: InterfaceFormat): string {
  if (bytes < 1024) return t('size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return t('size.kilobytes', { count: format.number(Math.round(bytes / 1024)) });
  return t('size.megabytes', { count: format.number(Math.round((bytes / (1024 * 1024)) * 10) / 10) });
}

/** What the person is told after an export: where the file went and how big it is. */
export function exportedMessage(result: Extract<ExportResult, { status: 'written' }>, t: Translate, format: InterfaceFormat): string {
  const fileSize = size(result.bytes, t, format);
  return result.pages === null ? t('export.done', { path: result.path, size: fileSize }) : t('export.donePages', { pages: result.pages, path: result.path, size: fileSize });
}

/** After a family's export: how many files, where, and their names (one per language). */
export function familyExportedMessage(result: Extract<FamilyExportResult, { status: 'written' }>, t: Translate): string {
  const names = result.files.map((file) => file.path.split(/[\\/]/).pop() ?? file.path);
  const folder = result.files[0]?.path.slice(0, result.files[0].path.length - (names[0]?.length ?? 0) - 1) ?? '';
  return t('export.familyDone', { count: result.files.length, folder, names: names.join(', ') });
}
