import type { Translate } from '../../../shared/i18n/messages';
import type { SaveStatus } from './autosave';

/** What the status bar says about saving. */
export function saveStatusLabel(status: SaveStatus, t: Translate): string {
  switch (status.kind) {
    case 'saved':
      return t('status.saved');
    case 'saving':
      return t('status.saving');
    case 'failed':
      return t('status.retrying', { reason: status.reason });
    case 'conflict':
    case 'refused':
      return t('status.notSaved', { reason: status.reason });
  }
}
