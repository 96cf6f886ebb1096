import { useState } from 'react';
import type { FieldValues, Participant } from '../../../shared/document/briefing';
import { useT } from '../../ui/interface-language';
import { useDirectoryScope } from './directory-scope';
import { refreshLinkedPeople, staleLinkedPeople } from './linked-people';

export interface LinkedPeopleNoticeProps {
  fields: FieldValues;
  participants: readonly Participant[];
  readOnly: boolean;
  onRefresh: (next: { fields: FieldValues; participants: Participant[] }) => void;
}

/**
 * After the briefing's language or meeting date changed, offers to bring the
 * rows and person fields linked to directory people up to date: the name,
 * title and organisation in the new language, as held on the new date.
 */
export function LinkedPeopleNotice({ fields, participants, readOnly, onRefresh }: LinkedPeopleNoticeProps) {
  const scope = useDirectoryScope();
  const t = useT();
  // Dismissed for this language and date only: changing either offers again.
  const [keptFor, setKeptFor] = useState<string | undefined>(undefined);
  if (!scope || readOnly) return null;
  const { directory, language, date } = scope;
  const key = `${language}|${date ?? ''}`;
  const stale = staleLinkedPeople(fields, participants, directory, language, date);
  if (stale === 0 || keptFor === key) return null;
  return (
    <div className="directory-notice" role="status">
      <span>{t('directory.staleLinked', { count: stale })}</span>
      <button type="button" className="button" onClick={() => onRefresh(refreshLinkedPeople(fields, participants, directory, language, date))}>
        {t('directory.refresh')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => setKeptFor(key)}>
        {t('directory.keepAsWritten')}
      </button>
    </div>
  );
}
