import { useMemo } from 'react';
import type { BriefingBody } from '../../../shared/document/briefing-body';
import type { FieldValues } from '../../../shared/document/briefing';
import type { BriefingTemplate } from '../../../shared/document/template';
import { validateBriefing, type ValidationIssue } from '../../../shared/document/validate-briefing';
import { fieldValueOf } from '../../../shared/document/own-fields';
import { useEmbargoClock } from '../../ui/use-embargo-clock';
import { useT } from '../../ui/interface-language';

/**
 * What is missing or malformed in the briefing, worked out again only when the fields, the body or the template
 * change, or when a moment that must still be ahead (an embargo) passes — not on every render.
 */
export function useBriefingValidation(template: BriefingTemplate | undefined, fields: FieldValues, body: BriefingBody): ValidationIssue[] {
  const futureMoments = useMemo(
    () =>
      (template?.fields ?? []).flatMap((field) => {
        const value = field.type === 'date-time' && field.mustBeFuture ? fieldValueOf(fields, field.id) : undefined;
        return typeof value === 'string' ? [value] : [];
      }),
    [template, fields],
  );
  const now = useEmbargoClock(futureMoments);
  const t = useT();
  return useMemo(() => (template ? validateBriefing({ fields, body }, template, now, t) : []), [template, fields, body, now, t]);
}
