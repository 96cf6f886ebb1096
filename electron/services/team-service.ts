import { ServiceError, type LocalisedMessage } from '../../shared/ipc/ipc-result';
import { teamRoles, type TeamPerson, type TeamRole, type TeamService, type TeamStatus, type TeamSyncResult } from '../../shared/ipc/team-service';
import type { Library } from '../storage/library';
import { passwordInUrl, teamClientConfig, teamServerAddress } from '../storage/team/team-connection';
import { teamReplicaOf } from '../storage/team/team-library';
import type { TeamReplica } from '../storage/team/team-replica';
import { addPersonOnServer, changePersonOnServer, peopleOnServer, removePersonOnServer, shortestTeamPassword } from '../storage/team/team-people';
import { connectTeamServer, deleteOnServer, syncOnce } from '../storage/team/team-sync';
import { connectionReason, serverAnswer } from '../storage/team/connection-reason';
import { serverRefusal } from '../storage/team/server-refusal';
import type { ChangeNotifier } from './change-feed';
import type { ChangeFeed, TeamPasswords } from './ports';

const notConnected: LocalisedMessage = { id: 'teamServer.notConnected' };

/** The server's answers that are not "offline": one sentence each, as the person can act on them. */
function serverProblem(error: unknown): ServiceError | undefined {
  if (error instanceof ServiceError) return error;
  const answer = serverAnswer(error);
  if (answer) return new ServiceError('invalid-argument', answer, { cause: error });
  const refusal = serverRefusal(error);
  if (!refusal) return undefined;
  // Deleting what is not in the Trash is a wrong request, not a missing right.
  return new ServiceError(refusal.id === 'teamServer.deleteNotInTrash' ? 'invalid-argument' : 'forbidden', refusal, { cause: error });
}

/** What the server said as one sentence, or that it could not be reached, with the reason (from its code, never its English). */
function serverFailure(error: unknown): ServiceError {
  return serverProblem(error) ?? new ServiceError('invalid-argument', { id: 'teamServer.unreachable', values: { reason: connectionReason(error) } }, { cause: error });
}

/** The database's refusals of add_person, by the HINT it gives, as the app's own sentences. */
function personProblem(error: unknown, login: string, role: string): ServiceError | undefined {
  const { code, hint } = error as { code?: unknown; hint?: unknown };
  switch (hint) {
    case 'admin-only':
      return new ServiceError('forbidden', { id: 'teamServer.addPersonAdminOnly' });
    case 'exists':
      return new ServiceError('invalid-argument', { id: 'teamServer.personExists', values: { login } });
    case 'bad-role':
      return new ServiceError('invalid-argument', { id: 'teamServer.badRole', values: { role } });
    case 'bad-login':
      return new ServiceError('invalid-argument', { id: 'teamServer.badPersonLogin' });
    case 'bad-office':
      return new ServiceError('invalid-argument', { id: 'teamServer.badOffice' });
    case 'admin-only-change':
      return new ServiceError('forbidden', { id: 'teamServer.changePersonAdminOnly' });
    case 'no-person':
      return new ServiceError('invalid-argument', { id: 'teamServer.noPerson', values: { login } });
    case 'self':
      return new ServiceError('forbidden', { id: 'teamServer.notYourself' });
    default:
      // A login in no group role at all may not even call the function.
      return code === '42501' ? new ServiceError('forbidden', { id: 'teamServer.addPersonAdminOnly' }) : undefined;
  }
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
    role: server === null ? null : (replica.role() ?? null),
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
    return {
      sent: report.pushed,
      received: report.pulled,
      newConflicts: report.conflicts,
      offline: report.offline ?? null,
      offlineReason: report.offline === undefined ? null : (report.offlineReason ?? { id: 'teamNetwork.unknown' }),
      status: statusOf(team),
    };
  }

  async function reach(url: string, password: string | undefined): Promise<void> {
    teamClientConfig(url, password);
    try {
      const client = await connectTeamServer(url, password);
      await client.end();
    } catch (error) {
      throw serverFailure(error);
    }
  }

  /** The server this library is shared with, or the sentence that it is not shared. */
  function connectedServer(): string {
    const server = replica().server();
    if (!server) throw new ServiceError('invalid-argument', notConnected);
    return server;
  }

  /** Adds, changes or removes people on the server (the database decides who may), then lists them; a refusal is one sentence. */
  async function changePeople(server: string, login: string, role: string, change: (password: string | undefined) => Promise<void>): Promise<TeamPerson[]> {
    const password = await passwords.teamPassword(server);
    try {
      await change(password);
      return await peopleOnServer(server, password);
    } catch (error) {
      throw personProblem(error, login, role) ?? serverFailure(error);
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
    async resolve(briefingId, choice, merged) {
      const team = replica();
      team.resolve(briefingId, choice, merged);
      return statusOf(team);
    },
    async deleteForever(briefingId) {
      const team = replica();
      const server = team.server();
      if (!server) throw new ServiceError('invalid-argument', notConnected);
      const password = await passwords.teamPassword(server);
      // A move to the Trash made here goes out first: the server deletes only what is in its Trash.
      const synced = await sync(server, password);
      if (synced.offline !== null) {
        throw new ServiceError('invalid-argument', { id: 'teamServer.unreachable', values: { reason: synced.offlineReason ?? { id: 'teamNetwork.unknown' } } });
      }
      try {
        await deleteOnServer(server, password, briefingId);
      } catch (error) {
        throw serverProblem(error) ?? error;
      }
      announceChanges(library, changes, team.applyDeleted([briefingId]));
      return statusOf(team);
    },
    async addPerson(request) {
      const server = connectedServer();
      if (!(teamRoles as readonly string[]).includes(request.role)) throw new ServiceError('invalid-argument', { id: 'teamServer.badRole', values: { role: request.role } });
      if ([...request.password].length < shortestTeamPassword) throw new ServiceError('invalid-argument', { id: 'teamServer.passwordTooShort', values: { count: shortestTeamPassword } });
      const person = { login: request.login, role: request.role as TeamRole, office: request.office, password: request.password };
      return changePeople(server, request.login, request.role, (password) => addPersonOnServer(server, password, person));
    },
    async people() {
      const server = connectedServer();
      try {
        return await peopleOnServer(server, await passwords.teamPassword(server));
      } catch (error) {
        throw serverFailure(error);
      }
    },
    async changePerson(request) {
      const server = connectedServer();
      if (request.role === undefined && request.office === undefined) throw new ServiceError('invalid-argument', { id: 'teamServer.changeNothing' });
      if (request.role !== undefined && !(teamRoles as readonly string[]).includes(request.role)) {
        throw new ServiceError('invalid-argument', { id: 'teamServer.badRole', values: { role: request.role } });
      }
      const change = { login: request.login, ...(request.role !== undefined ? { role: request.role as TeamRole } : {}), ...(request.office !== undefined ? { office: request.office } : {}) };
      return changePeople(server, request.login, request.role ?? '', (password) => changePersonOnServer(server, password, change));
    },
    async removePerson(login) {
      const server = connectedServer();
      return changePeople(server, login, '', (password) => removePersonOnServer(server, password, login));
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
