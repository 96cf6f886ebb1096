import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoOrganisations, demoPeople } from '../../shared/directory/demo-directory';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { DirectoryStore } from './directory-store';
import { openLibrary, type Library } from './library';

/** A demo person by position, without its fixed id. */
function demoPerson(index: number) {
  const person = demoPeople[index];
  if (!person) throw new Error(`no demo person ${index}`);
  return person;
}

describe('the directory in the library file', () => {
  const folder = testLibraryFolder();
  let library: Library;
  let store: DirectoryStore;
  beforeEach(() => {
    library = openLibrary(folder.path());
    store = new DirectoryStore(library.database);
  });
  afterEach(() => library.close());

  const addDemo = () => {
    for (const { id, ...organisation } of demoOrganisations) store.createOrganisation(organisation, { id });
    for (const { id, ...person } of demoPeople) store.createPerson(person, { id });
  };

  it('keeps names, forms, honorifics and dated titles per language across a reopen', () => {
    addDemo();
    library.close();
    library = openLibrary(folder.path());
    store = new DirectoryStore(library.database);
    const { people, organisations } = store.list();
    const { id: asadovId, ...expected } = demoPerson(0);
    const asadov = people.find((person) => person.id === asadovId);
    expect(asadov).toMatchObject(expected);
    expect(asadov?.revision).toBe(1);
    expect(organisations.find((organisation) => organisation.names.en?.short === 'ITU')).toMatchObject({ englishTakesThe: true, names: { ru: { short: 'МСЭ' } } });
  });

  it('records every change in the history and refuses a stale edit', () => {
    addDemo();
    const { id, ...draft } = demoPerson(1);
    const edited = store.updatePerson(id, 1, { ...draft, names: { ...draft.names, en: { name: 'Doreen Bogdan-Martin', honorific: 'Ms' } } });
    expect(edited.revision).toBe(2);
    expect(edited.names.en).toEqual({ name: 'Doreen Bogdan-Martin', honorific: 'Ms' });
    expect(() => store.updatePerson(id, 1, draft)).toThrow(/changed this person meanwhile/);
    store.removePerson(id);
    expect(store.history(id).map((entry) => [entry.revision, entry.reason])).toEqual([
      [2, 'remove'],
      [2, 'edit'],
      [1, 'create'],
    ]);
    expect(store.history(id)[2]?.snapshot).toMatchObject({ names: { en: { name: 'Doreen Bogdan-Martin' } } });
    expect(() => store.getPerson(id)).toThrow(/no longer in the directory/);
  });

  it('keeps a title when its organisation is removed, without the organisation', () => {
    addDemo();
    const itu = demoOrganisations[1]?.id ?? '';
    store.removeOrganisation(itu);
    const doreen = store.getPerson(demoPeople[1]?.id ?? '');
    expect(doreen.titles).toHaveLength(1);
    expect(doreen.titles[0]?.organisationId).toBeNull();
  });

  it('refuses a title at an organisation that is not in the directory, and saves nothing', () => {
    const { id: _id, ...draft } = demoPerson(0);
    expect(() => store.createPerson(draft)).toThrow(/organisation is no longer in the directory/);
    expect(store.isEmpty()).toBe(true);
  });
});
