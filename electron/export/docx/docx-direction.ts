import { TextRun, type IRunOptions } from 'docx';
import { directionRuns } from '../../../shared/document/export/bidi-html';
import type { TextDirection } from '../../../shared/document/text-direction';

/**
 * Word runs for text in a document written in `direction`. In a
 * right-to-left document the text is cut where it changes direction: the
 * Arabic runs carry `w:rtl` (Word then treats their digits and punctuation
 * as Arabic and uses the complex-script font and size), a Latin name or
 * acronym ("SOCAR", "Doreen Bogdan-Martin") is a run of its own without it,
 * so it keeps its letter order and its neighbours stay with the Arabic — the
 * DOCX counterpart of `<bdi>`. A left-to-right document gets one run, as before.
 */
export function directedTextRuns(text: string, direction: TextDirection, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun[] {
  if (direction === 'ltr') return [new TextRun({ ...options, text })];
  return directionRuns(text).map(
    (run, index) => new TextRun({ ...options, text: run.text, rightToLeft: !run.leftToRight || undefined, break: index === 0 ? options.break : undefined }),
  );
}
