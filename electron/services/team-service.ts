import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import type { TeamService, TeamStatus, TeamSyncResult } from '../../shared/ipc/team-service';
import type { Library } from '../storage/library';
import { passwordInUrl, teamClientConfig, teamServerAddress } from '../storage/team/team-connection';
import { teamReplicaOf } from '../storage/team/team-library';
import type { TeamReplica } from '../storage/team/team-replica';
import { connectTeamServer, syncOnce } from '../storage/team/team-sync';
import type { ChangeNotifier } from './change-feed';
import type { ChangeFeed, TeamPasswords } from './ports';

const notConnected: LocalisedMessage = { id: 'teamServer.notConnected' };

/** The server's answers that are not "offline": one sentence each, as the person can act on them. */
function serverProblem(error: unknown): ServiceError | undefined {
  if (error instanceof ServiceError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'schema') return new ServiceError('invalid-argument', (error as { localised?: LocalisedMessage }).localised ?? message);
  if (code === '28P01' || code === '28000') return new ServiceError('invalid-argument', { id: 'teamServer.badLogin' });
  if (code === '3D000') return new ServiceError('invalid-argument', { id: 'teamServer.noDatabase' });
  if (code === 'SELF_SIGNED_CERT_IN_CHAIN' || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new ServiceError('invalid-argument', { id: 'teamServer.certificate' });
  }
  return undefined;
}

/** Tells the windows about the briefings a pull changed, as any other save would. */
export function announceChanges(library: Library, changes: Pick<ChangeNotifier, 'changed'>, ids: readonly string[]): void {
  for (const id of ids) {
    let revision: number | null;
    try {
      revision = library.briefings.get(id).revision;
    } catch {
      // In the Trash here: the windows have nothing of it to refresh.
      revision = null;
    }
    changes.changed(id, revision, undefined);
  }
}

function statusOf(replica: TeamReplica): TeamStatus {
  const server = replica.server() ?? null;
  const offlineSince = replica.offlineSince() ?? null;
  const lastSync = replica.lastSync() ?? null;
  return {
    state: server === null ? 'local' : offlineSince !== null || lastSync === null ? 'offline' : 'online',
    server,
    offlineSince,
    lastSync,
    waiting: replica.waiting(),
    conflicts: replica.conflictCount(),
  };
}

/**
 * The team library: connect this library to a PostgreSQL server, sync it,
 * and decide conflicts. The other services never know: a save goes to the
 * library file as always, and the file's triggers queue it for the server.
 */
export function createTeamService(library: Library, passwords: TeamPasswords & Pick<ChangeFeed, 'onTeamConnectionChanged'>, changes: ChangeNotifier): TeamService {
  const replica = () => teamReplicaOf(library);

  async function sync(url: string, password: string | undefined): Promise<TeamSyncResult> {
    const team = replica();
    let report;
    try {
      report = await syncOnce(team, { url, password });
    } catch (error) {
      throw serverProblem(error) ?? error;
    }
    announceChanges(library, changes, report.changed);
    return { sent: report.pushed, received: report.pulled, newConflicts: report.conflicts, offline: report.offline ?? null, status: statusOf(team) };
  }

  async function reach(url: string, password: string | undefined): Promise<void> {
    teamClientConfig(url, password);
    try {
      const client = await connectTeamServer(url, password);
      await client.end();
    } catch (error) {
      throw serverProblem(error) ?? new ServiceError('invalid-argument', { id: 'teamServer.unreachable', values: { reason: error instanceof Error ? error.message : String(error) } });
    }
  }

  return {
    status: async () => statusOf(replica()),
    async testConnection(request) {
      const given = request.password ?? passwordInUrl(request.url);
      await reach(request.url, given ?? (await passwords.teamPassword(teamServerAddress(request.url).url)));
      return statusOf(replica());
    },
    async connect(request) {
      const address = teamServerAddress(request.url);
      const given = request.password ?? passwordInUrl(request.url);
      const password = given ?? (await passwords.teamPassword(address.url));
      // The first connection must work: a library is not shared with a server nobody has reached.
      await reach(request.url, password);
      replica().connect(address.url);
      if (given !== undefined) await passwords.keepTeamPassword(address.url, given);
      const result = await sync(address.url, password);
      passwords.onTeamConnectionChanged?.();
      return result;
    },
    async sync() {
      const server = replica().server();
      if (!server) throw new ServiceError('invalid-argument', notConnected);
      return sync(server, await passwords.teamPassword(server));
    },
    conflicts: async () => replica().conflicts(),
    async resolve(briefingId, choice) {
      const team = replica();
      team.resolve(briefingId, choice);
      return statusOf(team);
    },
    async disconnect() {
      const team = replica();
      const server = team.server();
      if (server) await passwords.keepTeamPassword(server, undefined);
      team.disconnect();
      passwords.onTeamConnectionChanged?.();
      return statusOf(team);
    },
  };
}
