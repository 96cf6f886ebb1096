import pg from 'pg';
import type { TeamStatus, TeamSyncResult } from '../../../shared/ipc/team-service';
import { initServer, latestServerSchemaVersion } from '../../storage/team/server-migrations';
import { passwordInUrl, teamClientConfig, teamServerAddress } from '../../storage/team/team-connection';
import { CommandFailure, UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, humanTime, json } from '../output-format';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Shared with postgres://leyla@press.example.org/briefings: offline since 2026-12-06 09:14; 3 saves waiting; 1 conflict." */
export function statusLine(status: TeamStatus): string {
  if (status.state === 'local') return 'This library is not shared: it is on this computer only.';
  const state =
    status.state === 'online'
      ? `in sync${status.lastSync ? ` (last ${humanTime(status.lastSync)})` : ''}`
      : status.offlineSince
        ? `offline since ${humanTime(status.offlineSince)}`
        : 'not synced yet';
  return `Shared with ${status.server ?? ''}: ${state}; ${plural(status.waiting, 'save', 'saves')} waiting; ${plural(status.conflicts, 'conflict', 'conflicts')}.`;
}

function syncLine(result: TeamSyncResult): string {
  if (result.offline !== null) {
    return `The team server could not be reached (${result.offline}); ${plural(result.status.waiting, 'save waits', 'saves wait')} here and go out with the next sync.`;
  }
  const conflicts = result.newConflicts > 0 ? ` ${plural(result.newConflicts, 'briefing is', 'briefings are')} in conflict: see "briefing-desk team conflicts".` : '';
  return `Sent ${plural(result.sent, 'save', 'saves')}, received ${plural(result.received, 'briefing', 'briefings')}.${conflicts}`;
}

async function connect(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments('team connect', args, {}, { min: 1, max: 1, names: 'the server address (postgres://user@server/database)' });
  const url = positionals[0] ?? '';
  const result = await context.services().call('team', 'connect', { url });
  if (passwordInUrl(url) !== undefined) {
    context.io.stderr('The password in the address was used for this run only and is not kept; later runs read PGPASSWORD or the password file (~/.pgpass).\n');
  }
  context.io.stdout(`${syncLine(result)}\n${statusLine(result.status)}\n`);
  return result.offline === null ? 0 : 1;
}

async function status(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments('team status', args, { json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
  const current = await context.services().call('team', 'status');
  context.io.stdout(values.json ? json(current) : `${statusLine(current)}\n`);
  return 0;
}

async function sync(context: CliContext, args: string[]): Promise<number> {
  parseCommandArguments('team sync', args, {}, { min: 0, max: 0, names: '' });
  const result = await context.services().call('team', 'sync');
  context.io.stdout(`${syncLine(result)}\n`);
  return result.offline === null ? 0 : 1;
}

async function conflicts(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments('team conflicts', args, { json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
  const list = await context.services().call('team', 'conflicts');
  if (values.json) {
    context.io.stdout(json(list));
    return 0;
  }
  if (list.length === 0) {
    context.io.stdout('No conflicts.\n');
    return 0;
  }
  const rows = list.map((conflict) => [
    conflict.briefingId,
    conflict.kind === 'refused' ? 'refused' : 'conflict',
    `${conflict.mine.title} | theirs${conflict.theirsBy ? ` (${conflict.theirsBy})` : ''}: ${conflict.theirs?.title ?? '—'} | ${conflict.message}`,
  ]);
  context.io.stdout(`${columns([['ID', 'KIND', 'MINE | THEIRS | WHY'], ...rows])}\n`);
  return 0;
}

async function resolve(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments('team resolve', args, {}, { min: 2, max: 2, names: 'the briefing id and mine or theirs' });
  const choice = positionals[1];
  if (choice !== 'mine' && choice !== 'theirs') throw new UsageError(`team resolve: say mine or theirs (got "${choice ?? ''}").`);
  const after = await context.services().call('team', 'resolve', positionals[0] ?? '', choice);
  context.io.stdout(`${choice === 'mine' ? 'Your version goes to the server with the next sync.' : 'The server’s version is now in this library.'}\n${statusLine(after)}\n`);
  return 0;
}

async function disconnect(context: CliContext, args: string[]): Promise<number> {
  parseCommandArguments('team disconnect', args, {}, { min: 0, max: 0, names: '' });
  const after = await context.services().call('team', 'disconnect');
  context.io.stdout(`${statusLine(after)} The briefings stay here as a local copy.\n`);
  return 0;
}

export const teamCommand: CliCommand = {
  name: 'team',
  usage: 'connect URL | status [--json] | sync | conflicts [--json] | resolve ID mine|theirs | disconnect',
  summary: 'share this library with a team server (PostgreSQL) and keep it in sync; works offline and sends later',
  async run(context, args) {
    const [action, ...rest] = args;
    switch (action) {
      case 'connect':
        return connect(context, rest);
      case 'status':
        return status(context, rest);
      case 'sync':
        return sync(context, rest);
      case 'conflicts':
        return conflicts(context, rest);
      case 'resolve':
        return resolve(context, rest);
      case 'disconnect':
        return disconnect(context, rest);
      default:
        throw new UsageError(
          action === undefined
            ? 'team: say connect, status, sync, conflicts, resolve or disconnect.'
            : `team: "${action}" is not connect, status, sync, conflicts, resolve or disconnect.`,
        );
    }
  },
};

export const serverCommand: CliCommand = {
  name: 'server',
  usage: 'init --url URL',
  summary: "set up or update the team library's schema on a PostgreSQL server (as its owner or a superuser)",
  async run(context, args) {
    const [action, ...rest] = args;
    if (action !== 'init') throw new UsageError(action === undefined ? 'server: say init.' : `server: "${action}" is not init.`);
    const { values } = parseCommandArguments('server init', rest, { url: { type: 'string' } }, { min: 0, max: 0, names: '' });
    if (!values.url) throw new UsageError('server init: --url URL is required (postgres://owner@server/database).');
    const client = new pg.Client(teamClientConfig(values.url, passwordInUrl(values.url) ?? context.io.env.PGPASSWORD));
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      throw new CommandFailure(`The server at ${teamServerAddress(values.url).url} could not be reached: ${error instanceof Error ? error.message : String(error)}.`);
    }
    try {
      const applied = await initServer(client);
      const server = teamServerAddress(values.url).url;
      context.io.stdout(
        applied.length === 0
          ? `The team library on ${server} is up to date (server schema ${latestServerSchemaVersion}).\n`
          : `The team library on ${server} is at server schema ${latestServerSchemaVersion} (applied ${applied.join(', ')}). Add people with CREATE ROLE … IN ROLE bd_author, bd_reviewer or bd_admin and a row in briefing_desk.members.\n`,
      );
      return 0;
    } catch (error) {
      throw new CommandFailure(error instanceof Error ? error.message : String(error));
    } finally {
      await client.end().catch(() => undefined);
    }
  },
};
