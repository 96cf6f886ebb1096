import type { FormattedText, MarkName } from '../../../shared/document/briefing-body';
import { marksOf } from '../../../shared/document/suggestions';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

type Translate = ReturnType<typeof useT>;

/** A suggested formatting change as Word's margin says it ("Bold, Not Italic"), in the toolbar's order. */
export function marksChangeName(t: Translate, marks: { added: readonly MarkName[]; removed: readonly MarkName[] }): string {
  return [...marks.added.map((mark) => t('suggestions.markOn', { mark })), ...marks.removed.map((mark) => t('suggestions.markOff', { mark }))].join(', ');
}

/** The tooltip of text whose formatting is a suggestion: what changed, who changed it and when. */
export function useMarksChangeTitle(leaf: FormattedText): string | undefined {
  const t = useT();
  const format = useInterfaceFormat();
  const mark = leaf.formatSuggestion;
  if (!mark) return undefined;
  const now = marksOf(leaf);
  const added = (Object.keys(now) as MarkName[]).filter((name) => !mark.from[name]);
  const removed = (Object.keys(mark.from) as MarkName[]).filter((name) => !now[name]);
  const time = Number.isNaN(Date.parse(mark.at)) ? mark.at : format.date(new Date(mark.at), 'date-and-time');
  return t('suggestions.marksByAuthor', { marks: marksChangeName(t, { added, removed }), author: mark.author || t('comments.noAuthor'), time });
}
