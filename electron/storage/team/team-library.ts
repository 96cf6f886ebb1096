import type { Library } from '../library';
import { TeamReplica } from './team-replica';

/** The team part of an open library: the same file, so the replica is what the services read and write. */
export function teamReplicaOf(library: Library, clock?: () => Date): TeamReplica {
  return new TeamReplica(library.database, (id) => library.templates.find(id), clock);
}
