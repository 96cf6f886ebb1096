import { useState } from 'react';
import type { FieldValues, Participant } from '../../../shared/document/briefing';
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
  // Dismissed for this language and date only: changing either offers again.
  const [keptFor, setKeptFor] = useState<string | undefined>(undefined);
  if (!scope || readOnly) return null;
  const { directory, language, date } = scope;
  const key = `${language}|${date ?? ''}`;
  const stale = staleLinkedPeople(fields, participants, directory, language, date);
  if (stale === 0 || keptFor === key) return null;
  return (
    <div className="directory-notice" role="status">
      <span>
        {stale === 1 ? '1 person linked to the directory reads' : `${stale} people linked to the directory read`} differently in this language or on
        this date.
      </span>
      <button type="button" className="button" onClick={() => onRefresh(refreshLinkedPeople(fields, participants, directory, language, date))}>
        Refresh from directory
      </button>
      <button type="button" className="button button-quiet" onClick={() => setKeptFor(key)}>
        Keep as written
      </button>
    </div>
  );
}
