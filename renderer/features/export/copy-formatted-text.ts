import type { FormattedText } from '../../../shared/ipc/export-service';

/**
 * Puts a briefing on the clipboard twice over: as HTML, which mail programs
 * and word processors paste with its headings and lists, and as plain text
 * for everything else.
 */
export async function copyFormattedText({ html, text }: FormattedText): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('This window cannot write to the clipboard.');
  }
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
  ]);
}
