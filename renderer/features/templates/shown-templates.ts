import { useMemo } from 'react';
import type { BriefingTemplate } from '../../../shared/document/template';
import { localisedTemplate } from '../../../shared/i18n/template-labels';
import { useT } from '../../ui/interface-language';

/** A template as the interface shows it: a built-in one in the interface language, a person's own as written. */
export function useShownTemplate<T extends BriefingTemplate | undefined>(template: T): T {
  const t = useT();
  return useMemo(() => localisedTemplate(template, t), [template, t]);
}

/** The templates of a list (the New menu, the filter, Manage templates) as the interface shows them. */
export function useShownTemplates(templates: readonly BriefingTemplate[]): BriefingTemplate[] {
  const t = useT();
  return useMemo(() => templates.map((template) => localisedTemplate(template, t)), [templates, t]);
}
