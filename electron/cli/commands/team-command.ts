import pg from 'pg';
import type { TeamStatus, TeamSyncResult } from '../../../shared/ipc/team-service';
import { initServer, latestServerSchemaVersion } from '../../storage/team/server-migrations';
import { passwordInUrl, teamClientConfig, teamServerAddress } from '../../storage/team/team-connection';
import { CommandFailure, UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import type { InterfaceLanguage } from '../../../shared/i18n/interface-language';
import type { Translate } from '../../../shared/i18n/messages';
import { columns, humanTime, json } from '../output-format';

/** "Shared with postgres://leyla@press.example.org/briefings: offline since 2026-12-06 09:14; 3 saves waiting; 1 conflict." */
export function statusLine(status: TeamStatus, t: Translate, language: InterfaceLanguage): string {
  if (status.state === 'local') return t('cli.team.local');
  const values = { server: status.server ?? '', waiting: status.waiting, conflicts: status.conflicts };
  if (status.state === 'online') return status.lastSync ? t('cli.team.inSyncLast', { ...values, time: humanTime(status.lastSync, language) }) : t('cli.team.inSync', values);
  return status.offlineSince ? t('cli.team.offlineSince', { ...values, time: humanTime(status.offlineSince, language) }) : t('cli.team.notSynced', values);
}

function syncLine(result: TeamSyncResult, t: Translate): string {
  if (result.offline !== null) return t('cli.team.unreachable', { reason: result.offline, waiting: result.status.waiting });
  const values = { sent: result.sent, received: result.received };
  return result.newConflicts > 0 ? t('cli.team.syncedWithConflicts', { ...values, conflicts: result.newConflicts }) : t('cli.team.synced', values);
}

async function connect(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments(context.t, 'team connect', args, {}, { min: 1, max: 1, missing: 'cli.args.missingServerAddress' });
  const url = positionals[0] ?? '';
  const result = await context.services().call('team', 'connect', { url });
  if (passwordInUrl(url) !== undefined) {
    context.io.stderr(`${context.t('cli.team.passwordNotKept')}\n`);
  }
  context.io.stdout(`${syncLine(result, context.t)}\n${statusLine(result.status, context.t, context.language)}\n`);
  return result.offline === null ? 0 : 1;
}

async function status(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments(context.t, 'team status', args, { json: { type: 'boolean' } }, { min: 0, max: 0 });
  const current = await context.services().call('team', 'status');
  context.io.stdout(values.json ? json(current) : `${statusLine(current, context.t, context.language)}\n`);
  return 0;
}

async function sync(context: CliContext, args: string[]): Promise<number> {
  parseCommandArguments(context.t, 'team sync', args, {}, { min: 0, max: 0 });
  const result = await context.services().call('team', 'sync');
  context.io.stdout(`${syncLine(result, context.t)}\n`);
  return result.offline === null ? 0 : 1;
}

async function conflicts(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments(context.t, 'team conflicts', args, { json: { type: 'boolean' } }, { min: 0, max: 0 });
  const list = await context.services().call('team', 'conflicts');
  if (values.json) {
    context.io.stdout(json(list));
    return 0;
  }
  if (list.length === 0) {
    context.io.stdout(`${context.t('cli.team.noConflicts')}\n`);
    return 0;
  }
  const { t } = context;
  const rows = list.map((conflict) => {
    const values = { mine: conflict.mine.title, theirs: conflict.theirs?.title ?? '—', why: conflict.message };
    return [
      conflict.briefingId,
      t(conflict.kind === 'refused' ? 'cli.team.kindRefused' : 'cli.team.kindConflict'),
      conflict.theirsBy ? t('cli.team.conflictRow', { ...values, by: conflict.theirsBy }) : t('cli.team.conflictRowAnonymous', values),
    ];
  });
  context.io.stdout(`${columns([[t('cli.column.id'), t('cli.team.columnKind'), t('cli.team.columnVersions')], ...rows])}\n`);
  return 0;
}

async function resolve(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments(context.t, 'team resolve', args, {}, { min: 2, max: 2, missing: 'cli.args.missingConflictChoice' });
  const choice = positionals[1];
  if (choice !== 'mine' && choice !== 'theirs') throw new UsageError(context.t('cli.team.resolveChoice', { choice: choice ?? '' }));
  const after = await context.services().call('team', 'resolve', positionals[0] ?? '', choice);
  context.io.stdout(`${context.t(choice === 'mine' ? 'cli.team.keptMine' : 'cli.team.tookTheirs')}\n${statusLine(after, context.t, context.language)}\n`);
  return 0;
}

async function disconnect(context: CliContext, args: string[]): Promise<number> {
  parseCommandArguments(context.t, 'team disconnect', args, {}, { min: 0, max: 0 });
  const after = await context.services().call('team', 'disconnect');
  context.io.stdout(`${context.t('cli.team.disconnected', { status: statusLine(after, context.t, context.language) })}\n`);
  return 0;
}

export const teamCommand: CliCommand = {
  name: 'team',
  usage: 'connect URL | status [--json] | sync | conflicts [--json] | resolve ID mine|theirs | disconnect',
  summary: 'cli.team.summary',
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
          action === undefined ? context.t('cli.team.noAction') : context.t('cli.team.unknownAction', { action }),
        );
    }
  },
};

export const serverCommand: CliCommand = {
  name: 'server',
  usage: 'init --url URL',
  summary: 'cli.server.summary',
  async run(context, args) {
    const [action, ...rest] = args;
    if (action !== 'init') throw new UsageError(action === undefined ? context.t('cli.server.noAction') : context.t('cli.server.unknownAction', { action }));
    const { values } = parseCommandArguments(context.t, 'server init', rest, { url: { type: 'string' } }, { min: 0, max: 0 });
    if (!values.url) throw new UsageError(context.t('cli.server.urlRequired'));
    const client = new pg.Client(teamClientConfig(values.url, passwordInUrl(values.url) ?? context.io.env.PGPASSWORD));
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      throw new CommandFailure(context.t('cli.server.unreachable', { server: teamServerAddress(values.url).url, reason: error instanceof Error ? error.message : String(error) }));
    }
    try {
      const applied = await initServer(client);
      const server = teamServerAddress(values.url).url;
      context.io.stdout(
        `${
          applied.length === 0
            ? context.t('cli.server.upToDate', { server, version: String(latestServerSchemaVersion) })
            : context.t('cli.server.applied', { server, version: String(latestServerSchemaVersion), applied: applied.join(', ') })
        }\n`,
      );
      return 0;
    } catch (error) {
      throw new CommandFailure(error instanceof Error ? error.message : String(error));
    } finally {
      await client.end().catch(() => undefined);
    }
  },
};
