import type { ExportResult } from '../../../shared/ipc/export-service';

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
