import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PersonValue } from '../../../shared/document/briefing';
import type { Directory, Organisation, PersonDraft } from '../../../shared/directory/directory-model';
import { foldForSearch } from '../../../shared/search/search-folding';
import { personOnDate } from '../../../shared/directory/person-on-date';
import { useApi } from '../../api/api-context';

/** Sent on `window` when the directory changed here, so every open picker reads it again. */
export const directoryChangedEvent = 'briefing-desk:directory-changed';

export interface DirectoryScopeValue {
  directory: Directory;
  /** The briefing's language and meeting date: what a picked person is filled in. */
  language: string;
  date: string | null;
  /** Adds someone typed by hand, in the briefing's language, and returns the value linked to the new entry. */
  addPerson(typed: Pick<PersonValue, 'name' | 'title' | 'organisation'>): Promise<PersonValue>;
}

const DirectoryScopeContext = createContext<DirectoryScopeValue | null>(null);

/** The directory as the briefing's pickers see it; `null` outside a briefing (and in tests of a lone editor). */
export function useDirectoryScope(): DirectoryScopeValue | null {
  return useContext(DirectoryScopeContext);
}

const sameName = (a: string, b: string) => foldForSearch(a.trim()) === foldForSearch(b.trim());

function findOrganisation(organisations: readonly Organisation[], name: string): Organisation | undefined {
  return organisations.find((organisation) => Object.values(organisation.names).some((candidate) => sameName(candidate.name, name)));
}

/** The directory, read once and again whenever it changes here. */
export function useDirectoryList(): Directory {
  const api = useApi();
  const [directory, setDirectory] = useState<Directory>({ people: [], organisations: [] });
  const reload = useCallback(() => {
    // Without the directory the pickers offer nothing; typing by hand still works.
    api.directory.list().then(setDirectory, () => undefined);
  }, [api]);
  useEffect(() => {
    reload();
    window.addEventListener(directoryChangedEvent, reload);
    return () => window.removeEventListener(directoryChangedEvent, reload);
  }, [reload]);
  return directory;
}

/** Gives the pickers inside it the directory and the briefing's language and date. */
export function DirectoryScope({ directory, language, date, children }: { directory: Directory; language: string; date: string | null; children: ReactNode }) {
  const api = useApi();

  const addPerson = useCallback(
    async (typed: Pick<PersonValue, 'name' | 'title' | 'organisation'>): Promise<PersonValue> => {
      const current = await api.directory.list();
      let organisation = typed.organisation.trim() ? findOrganisation(current.organisations, typed.organisation) : undefined;
      if (!organisation && typed.organisation.trim()) {
        organisation = await api.directory.saveOrganisation({ organisation: { names: { [language]: { name: typed.organisation.trim() } }, englishTakesThe: false } });
      }
      const draft: PersonDraft = {
        names: { [language]: { name: typed.name.trim() } },
        // What was typed is taken as the title held on the meeting date, from then on.
        titles: typed.title.trim() ? [{ organisationId: organisation?.id ?? null, from: date, to: null, title: { [language]: { title: typed.title.trim() } } }] : [],
      };
      const person = await api.directory.savePerson({ person: draft });
      const organisations = organisation ? [...current.organisations.filter((candidate) => candidate.id !== organisation.id), organisation] : current.organisations;
      window.dispatchEvent(new Event(directoryChangedEvent));
      return personOnDate(person, organisations, language, date).value;
    },
    [api, language, date],
  );

  const value = useMemo(() => ({ directory, language, date, addPerson }), [directory, language, date, addPerson]);
  return <DirectoryScopeContext.Provider value={value}>{children}</DirectoryScopeContext.Provider>;
}
