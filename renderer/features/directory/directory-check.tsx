import { useSlateStatic } from 'slate-react';
import type { FieldValues, Participant } from '../../../shared/document/briefing';
import { fixIssue, type DirectoryIssue } from '../../../shared/directory/directory-consistency';
import { FindSession, replaceAllMatches } from '../../editor/find/find-session';
import { useT } from '../../ui/interface-language';

export interface DirectoryCheckProps {
  issues: readonly DirectoryIssue[];
  language: string;
  fields: FieldValues;
  participants: readonly Participant[];
  readOnly: boolean;
  onFix: (next: { fields: FieldValues; participants: Participant[] }) => void;
}

/**
 * What the directory check found, each with one button that puts the
 * directory's spelling or title in its place: in the text (every occurrence,
 * one undo step), a person field or a participants row.
 */
export function DirectoryCheck({ issues, language, fields, participants, readOnly, onFix }: DirectoryCheckProps) {
  const editor = useSlateStatic();
  const t = useT();
  if (issues.length === 0) return null;
  const fix = (issue: DirectoryIssue) => {
    if (issue.inBody) {
      const matches = new FindSession(issue.found, { matchCase: true, wholeWord: true }, language).allMatches(editor);
      replaceAllMatches(editor, matches, issue.replacement);
      return;
    }
    onFix(fixIssue({ fields, participants }, issue));
  };
  const where = (issue: DirectoryIssue) =>
    issue.inBody
      ? t('directory.whereText')
      : issue.fieldId
        ? t('directory.whereField', { field: issue.fieldId })
        : t('directory.whereParticipant', { number: participants.findIndex((row) => row.id === issue.participantId) + 1 });
  return (
    <section className="directory-notice directory-check" aria-label={t('directory.checkLabel')}>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            <span>{t('directory.issueWhere', { issue: issue.message, where: where(issue) })}</span>{' '}
            <button type="button" className="button button-quiet" disabled={readOnly} onClick={() => fix(issue)}>
              {t('directory.replaceWith', { replacement: issue.replacement })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
