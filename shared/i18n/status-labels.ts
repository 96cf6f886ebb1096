import type { BriefingStatus } from '../document/briefing';
import type { MessageKey } from './messages';

/** Each workflow status as the interface names it. */
export const statusMessages = {
  draft: 'status.draft',
  'in-review': 'status.inReview',
  approved: 'status.approved',
  released: 'status.released',
} as const satisfies Record<BriefingStatus, MessageKey>;
