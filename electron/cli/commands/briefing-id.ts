import { briefingIdSchema } from '../../../shared/document/briefing';
import type { Translate } from '../../../shared/i18n/messages';
import { CommandFailure } from '../cli-context';

/**
 * A briefing id from the command line. Anything that is not an id cannot
 * name a briefing, so it gets the same answer as an unknown id rather than
 * the contract's "invalid argument" wording.
 */
export function requireBriefingId(t: Translate, value: string | undefined): string {
  if (value === undefined || !briefingIdSchema.safeParse(value).success) throw new CommandFailure(t('errors.noBriefing', { id: value ?? '' }), 'not-found');
  return value;
}
