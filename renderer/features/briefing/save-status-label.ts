import type { SaveStatus } from './autosave';

/** What the status bar says about saving. */
export function saveStatusLabel(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved — ${status.reason} Retrying…`;
    case 'conflict':
    case 'refused':
      return `Not saved — ${status.reason}`;
  }
}
