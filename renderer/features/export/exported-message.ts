import type { ExportResult, FamilyExportResult } from '../../../shared/ipc/export-service';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the person is told after an export: where the file went and how big it is. */
export function exportedMessage(result: Extract<ExportResult, { status: 'written' }>): string {
  const pages = result.pages === null ? '' : `${result.pages} ${result.pages === 1 ? 'page' : 'pages'}, `;
  return `Exported to ${result.path} (${pages}${size(result.bytes)}).`;
}

/** After a family's export: how many files, where, and their names (one per language). */
export function familyExportedMessage(result: Extract<FamilyExportResult, { status: 'written' }>): string {
  const names = result.files.map((file) => file.path.split(/[\\/]/).pop() ?? file.path);
  const folder = result.files[0]?.path.slice(0, result.files[0].path.length - (names[0]?.length ?? 0) - 1) ?? '';
  return `Exported ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'} to ${folder}: ${names.join(', ')}.`;
}
