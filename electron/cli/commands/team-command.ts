import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import pg from 'pg';
import { briefingSchema } from '../../../shared/document/briefing';
import { compareConflict, partDiffers, type ConflictPart } from '../../../shared/document/conflict-compare';
import type { TeamStatus, TeamSyncResult } from '../../../shared/ipc/team-service';
import { initServer, latestServerSchemaVersion } from '../../storage/team/server-migrations';
import { passwordInUrl, teamClientConfig, teamServerAddress } from '../../storage/team/team-connection';
import { connectionReason, serverAnswer } from '../../storage/team/connection-reason';
import { serverRefusal } from '../../storage/team/server-refusal';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { addFirstAdmin, PersonRefused, shortestTeamPassword } from '../../storage/team/team-people';
import { CommandFailure, UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import type { InterfaceLanguage } from '../../../shared/i18n/interface-language';
import type { Translate } from '../../../shared/i18n/messages';
import { columns, humanTime, json } from '../output-format';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

/** "Shared with postgres://leyla@press.example.org/briefings: offline since 2026-12-06 09:14; 3 saves waiting; 1 conflict." */
export function statusLine(status: TeamStatus, t: Translate, language: InterfaceLanguage): string {
  if (status.state === 'local') return t('cli.team.local');
  const values = { server: status.server ?? '', waiting: status.waiting, conflicts: status.conflicts };
  if (status.state === 'online') return status.lastSync ? t('cli.team.inSyncLast', { ...values, time: humanTime(status.lastSync, language) }) : t('cli.team.inSync', values);
  return status.offlineSince ? t('cli.team.offlineSince', { ...values, time: humanTime(status.offlineSince, language) }) : t('cli.team.notSynced', values);
}

function syncLine(result: TeamSyncResult, t: Translate): string {
  if (result.offline !== null) return t('cli.team.unreachable', { reason: sayLocalised(t, result.offlineReason ?? { id: 'teamNetwork.unknown' }), waiting: result.status.waiting });
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

/** A part's heading in the per-part view: "Title", "Details › Venue", "Participants", "Section › Agreed points". */
function partHeading(part: ConflictPart, t: Translate): string {
  switch (part.kind) {
    case 'title':
      return t('cli.team.partTitle');
    case 'participants':
      return t('cli.team.partParticipants');
    case 'field':
      return t('cli.team.partField', { label: part.label });
    default:
      return t('cli.team.partSection', { label: part.label });
  }
}

/** One briefing's conflict part by part, the words only theirs has as [-…-] and only mine has as {+…+}, as `git diff --word-diff` writes them. */
async function conflictDetail(context: CliContext, id: string, json_: boolean): Promise<number> {
  const list = await context.services().call('team', 'conflicts');
  const conflict = list.find((candidate) => candidate.briefingId === id);
  if (!conflict) throw new CommandFailure(context.t('teamServer.noConflict'));
  const template = await context
    .services()
    .call('templates', 'get', conflict.mine.templateId)
    .catch(() => undefined);
  // --json keeps the library's own labels; a person reads a built-in template's in the locale's language.
  const parts = compareConflict(conflict.mine, conflict.theirs, json_ ? template : localisedTemplate(template, context.t));
  if (json_) {
    context.io.stdout(json(parts.map(({ kind, key, label, mine, theirs }) => ({ kind, key, label, mine, theirs, differs: mine !== theirs }))));
    return 0;
  }
  const { t } = context;
  const lines = [t(conflict.theirsBy ? 'cli.team.detailHeading' : 'cli.team.detailHeadingAnonymous', { title: conflict.title, by: conflict.theirsBy ?? '' })];
  if (conflict.kind === 'refused') lines.push(t('cli.team.detailRefused', { reason: conflict.localised ? sayLocalised(t, conflict.localised) : conflict.message }));
  const differing = parts.filter(partDiffers);
  for (const part of differing) {
    lines.push('', `${partHeading(part, t)}:`, part.changes.map((change) => (change.added ? `{+${change.value}+}` : change.removed ? `[-${change.value}-]` : change.value)).join(''));
  }
  lines.push('', t('cli.team.detailSame', { count: parts.length - differing.length }));
  context.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

async function conflicts(context: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArguments(context.t, 'team conflicts', args, { json: { type: 'boolean' } }, { min: 0, max: 1 });
  if (positionals[0] !== undefined) return conflictDetail(context, positionals[0], values.json === true);
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
    const values = { mine: conflict.mine.title, theirs: conflict.theirs?.title ?? '—', why: conflict.localised ? sayLocalised(t, conflict.localised) : conflict.message };
    return [
      conflict.briefingId,
      t(conflict.kind === 'refused' ? 'cli.team.kindRefused' : 'cli.team.kindConflict'),
      conflict.theirsBy ? t('cli.team.conflictRow', { ...values, by: conflict.theirsBy }) : t('cli.team.conflictRowAnonymous', values),
    ];
  });
  context.io.stdout(`${columns([[t('cli.column.id'), t('cli.team.columnKind'), t('cli.team.columnVersions')], ...rows])}\n`);
  return 0;
}

/** The merged briefing a person wrote to a file (a briefing as "show --json" or "team conflicts --json" prints it), read and checked. */
async function mergedBriefing(context: CliContext, file: string) {
  let text: string;
  try {
    text = await readFile(resolvePath(context.io.cwd, file), 'utf8');
  } catch {
    throw new UsageError(context.t('cli.team.mergeUnreadable', { file }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(context.t('cli.team.mergeNotJson', { file }));
  }
  const checked = briefingSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new UsageError(context.t('cli.team.mergeNotBriefing', { file, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` }));
  }
  return checked.data;
}

async function resolve(context: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArguments(
    context.t,
    'team resolve',
    args,
    { mine: { type: 'boolean' }, theirs: { type: 'boolean' }, merge: { type: 'string' } },
    { min: 1, max: 2, missing: 'cli.args.missingConflictChoice' },
  );
  const chosen = [positionals[1], values.mine ? 'mine' : undefined, values.theirs ? 'theirs' : undefined, values.merge !== undefined ? 'merge' : undefined].filter((choice) => choice !== undefined);
  const choice = chosen[0];
  if (chosen.length !== 1 || (choice !== 'mine' && choice !== 'theirs' && choice !== 'merge') || (choice === 'merge' && values.merge === undefined)) {
    throw new UsageError(context.t('cli.team.resolveChoice', { choice: chosen.join(' ') }));
  }
  const id = positionals[0] ?? '';
  const merged = values.merge !== undefined ? await mergedBriefing(context, values.merge) : undefined;
  const after = await context.services().call('team', 'resolve', id, choice, merged);
  const done = choice === 'mine' ? 'cli.team.keptMine' : choice === 'theirs' ? 'cli.team.tookTheirs' : 'cli.team.keptMerge';
  context.io.stdout(`${context.t(done)}\n${statusLine(after, context.t, context.language)}\n`);
  return 0;
}

async function deleteForever(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments(context.t, 'team delete', args, {}, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
  const after = await context.services().call('team', 'deleteForever', positionals[0] ?? '');
  context.io.stdout(`${context.t('cli.team.deleted')}\n${statusLine(after, context.t, context.language)}\n`);
  return 0;
}

/** The new person's password: from --password-file (its first line), else typed twice on the terminal; never from the command line itself. */
async function newPassword(context: CliContext, login: string, file: string | undefined): Promise<string> {
  const { t } = context;
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(resolvePath(context.io.cwd, file), 'utf8');
    } catch {
      throw new UsageError(t('cli.team.passwordFileUnreadable', { file }));
    }
    return text.split(/\r?\n/u)[0] ?? '';
  }
  if (!context.io.readSecret) throw new UsageError(t('cli.team.passwordNeedsTerminal'));
  const first = await context.io.readSecret(t('cli.team.passwordPrompt', { login }));
  const again = await context.io.readSecret(t('cli.team.passwordAgain'));
  if (first !== again) throw new CommandFailure(t('cli.team.passwordsDiffer'));
  return first;
}

async function addPerson(context: CliContext, args: string[]): Promise<number> {
  const { t } = context;
  const { values, positionals } = parseCommandArguments(
    t,
    'team add-person',
    args,
    { role: { type: 'string' }, office: { type: 'string' }, 'password-file': { type: 'string' } },
    { min: 1, max: 1, missing: 'cli.args.missingPersonLogin' },
  );
  if (values.role === undefined) throw new UsageError(t('cli.team.roleRequired'));
  if (values.office === undefined) throw new UsageError(t('cli.team.officeRequired'));
  const login = positionals[0] ?? '';
  const password = await newPassword(context, login, values['password-file']);
  await context.services().call('team', 'addPerson', { login, role: values.role, office: values.office, password });
  context.io.stdout(`${t('cli.team.personAdded', { login, role: values.role, office: values.office })}\n`);
  return 0;
}

async function people(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments(context.t, 'team people', args, { json: { type: 'boolean' } }, { min: 0, max: 0 });
  const list = await context.services().call('team', 'people');
  if (values.json) {
    context.io.stdout(json(list));
    return 0;
  }
  const { t } = context;
  if (list.length === 0) {
    context.io.stdout(`${t('cli.team.noPeople')}\n`);
    return 0;
  }
  const rows = list.map((person) => [person.login, t('cli.team.roleName', { role: person.role }), person.office]);
  context.io.stdout(`${columns([[t('cli.team.columnLogin'), t('cli.team.columnRole'), t('cli.team.columnOffice')], ...rows])}\n`);
  return 0;
}

async function changePerson(context: CliContext, args: string[]): Promise<number> {
  const { t } = context;
  const { values, positionals } = parseCommandArguments(
    t,
    'team change-person',
    args,
    { role: { type: 'string' }, office: { type: 'string' } },
    { min: 1, max: 1, missing: 'cli.args.missingLogin' },
  );
  const login = positionals[0] ?? '';
  if (values.role === undefined && values.office === undefined) throw new UsageError(t('teamServer.changeNothing'));
  const list = await context.services().call('team', 'changePerson', { login, ...(values.role !== undefined ? { role: values.role } : {}), ...(values.office !== undefined ? { office: values.office } : {}) });
  const person = list.find((candidate) => candidate.login === login);
  if (person) context.io.stdout(`${t('cli.team.personChanged', { login, role: person.role, office: person.office })}\n`);
  return 0;
}

async function removePerson(context: CliContext, args: string[]): Promise<number> {
  const { t } = context;
  const { positionals } = parseCommandArguments(t, 'team remove-person', args, {}, { min: 1, max: 1, missing: 'cli.args.missingLogin' });
  const login = positionals[0] ?? '';
  await context.services().call('team', 'removePerson', login);
  context.io.stdout(`${t('cli.team.personRemoved', { login })}\n`);
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
  usage: 'connect URL | status [--json] | sync | conflicts [ID] [--json] | resolve ID --mine|--theirs|--merge FILE | delete ID | people [--json] | add-person LOGIN --role author|reviewer|admin --office OFFICE [--password-file FILE] | change-person LOGIN [--role ROLE] [--office OFFICE] | remove-person LOGIN | disconnect',
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
      case 'delete':
        return deleteForever(context, rest);
      case 'people':
        return people(context, rest);
      case 'add-person':
        return addPerson(context, rest);
      case 'change-person':
        return changePerson(context, rest);
      case 'remove-person':
        return removePerson(context, rest);
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
  usage: 'init --url URL [--admin LOGIN --office OFFICE [--password-file FILE]]',
  summary: 'cli.server.summary',
  async run(context, args) {
    const [action, ...rest] = args;
    if (action !== 'init') throw new UsageError(action === undefined ? context.t('cli.server.noAction') : context.t('cli.server.unknownAction', { action }));
    const { t } = context;
    const { values } = parseCommandArguments(
      t,
      'server init',
      rest,
      { url: { type: 'string' }, admin: { type: 'string' }, office: { type: 'string' }, 'password-file': { type: 'string' } },
      { min: 0, max: 0 },
    );
    if (!values.url) throw new UsageError(t('cli.server.urlRequired'));
    if (values.admin !== undefined && values.office === undefined) throw new UsageError(t('cli.server.adminNeedsOffice'));
    const admin = values.admin;
    const firstAdmin =
      admin === undefined ? undefined : { login: admin, office: values.office ?? '', password: await newPassword(context, admin, values['password-file']) };
    if (firstAdmin && [...firstAdmin.password].length < shortestTeamPassword) throw new UsageError(t('teamServer.passwordTooShort', { count: shortestTeamPassword }));
    const client = new pg.Client(teamClientConfig(values.url, passwordInUrl(values.url) ?? context.io.env.PGPASSWORD));
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      const answer = serverAnswer(error);
      if (answer) throw new CommandFailure(sayLocalised(t, answer));
      throw new CommandFailure(t('cli.server.unreachable', { server: teamServerAddress(values.url).url, reason: sayLocalised(t, connectionReason(error)) }));
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
      if (firstAdmin) {
        try {
          await addFirstAdmin(client, firstAdmin);
        } catch (error) {
          if (!(error instanceof PersonRefused)) throw error;
          const reason =
            error.hint === 'exists' ? t('teamServer.personExists', { login: firstAdmin.login }) : error.hint === 'bad-login' ? t('teamServer.badPersonLogin') : t('teamServer.badOffice');
          throw new CommandFailure(reason);
        }
        context.io.stdout(`${t('cli.team.personAdded', { login: firstAdmin.login, role: 'admin', office: firstAdmin.office.trim() })}\n`);
      }
      return 0;
    } catch (error) {
      if (error instanceof CommandFailure) throw error;
      // A newer schema, setting up without the rights it takes, a server gone meanwhile: each in the locale, from its code.
      const code = (error as { code?: unknown }).code;
      const said =
        serverAnswer(error) ??
        (code === '42501' ? { id: 'cli.server.needsOwner' as const } : undefined) ??
        serverRefusal(error) ??
        (typeof code === 'string' && !/^[0-9A-Z]{5}$/u.test(code) ? { id: 'cli.server.unreachable' as const, values: { server: teamServerAddress(values.url).url, reason: connectionReason(error) } } : undefined);
      throw new CommandFailure(said ? sayLocalised(t, said) : error instanceof Error ? error.message : String(error));
    } finally {
      await client.end().catch(() => undefined);
    }
  },
};
