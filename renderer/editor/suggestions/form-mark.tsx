import type { BlockForm, FormSuggestion } from '../../../shared/document/briefing-body';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

type Translate = ReturnType<typeof useT>;

/** A block form by the name the toolbar gives it ("Heading", "Numbered list"), as the margin's "Formatted: …" says it. */
export function formName(t: Translate, form: BlockForm): string {
  switch (form.type) {
    case 'heading':
      return t(form.level === 2 ? 'toolbar.heading' : form.level === 3 ? 'toolbar.subheading' : 'toolbar.minorHeading');
    case 'list-item':
      return t(form.listType === 'numbered' ? 'toolbar.numberedList' : 'toolbar.bulletedList');
    case 'block-quote':
      return t('toolbar.quote');
    default:
      return t('toolbar.normalText');
  }
}

/**
 * What a block whose form is a suggestion adds to its element: the reviewers' change bar beside it (a class), who
 * made it a heading or a list and when on hover, and `data-suggestion` so the margin's card sits level with it.
 */
export function useFormMark(mark: FormSuggestion | undefined, form: BlockForm): { className: string; 'data-suggestion'?: string; title?: string } {
  const t = useT();
  const format = useInterfaceFormat();
  if (!mark) return { className: '' };
  const time = Number.isNaN(Date.parse(mark.at)) ? mark.at : format.date(new Date(mark.at), 'date-and-time');
  return {
    className: ' suggestion-format',
    'data-suggestion': mark.id,
    title: t('suggestions.formByAuthor', { form: formName(t, form), was: formName(t, mark.from), author: mark.author || t('comments.noAuthor'), time }),
  };
}
