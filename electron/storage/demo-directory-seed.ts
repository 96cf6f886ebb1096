import type { Database } from 'better-sqlite3';
import { demoOrganisations, demoPeople } from '../../shared/directory/demo-directory';
import { DirectoryStore } from './directory-store';

/** The demo readout's people and organisations, added with the demo briefing so a first start can try the directory on them. */
export function seedDemoDirectory(database: Database, clock?: () => Date): void {
  const store = new DirectoryStore(database, clock);
  if (!store.isEmpty()) return;
  for (const { id, ...organisation } of demoOrganisations) store.createOrganisation(organisation, { id });
  for (const { id, ...person } of demoPeople) store.createPerson(person, { id });
}
