import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { teamCli } from './support/team-cli';
import { createIpcInvoker } from '../../electron/ipc/ipc-invoker';
import { createServices } from '../../electron/services/create-services';
import { openLibrary, type Library } from '../../electron/storage/library';
import { initServer, serverMigrations } from '../../electron/storage/team/server-migrations';
import { teamServerAddress } from '../../electron/storage/team/team-connection';
import { teamReplicaOf } from '../../electron/storage/team/team-library';
import { syncOnce } from '../../electron/storage/team/team-sync';
import { demoBriefingContent } from '../../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { createTranslator } from '../../shared/i18n/translator';
import { channelName } from '../../shared/ipc/contract';
import { sayLocalised, type IpcResult } from '../../shared/ipc/ipc-result';
import type { TeamConflictView } from '../../shared/ipc/team-service';
import { createTestServiceHost } from '../support/test-service-host';
import { PgCluster } from './support/pg-cluster';

const az = createTranslator('az');
const ru = createTranslator('ru');

let cluster: PgCluster;
let folder: string;
const opened: Library[] = [];
/** A second database in the same cluster, set up only to schema 40 (before the refusals had keys). */
const olderDatabase = 'older';

beforeAll(async () => {
  cluster = await PgCluster.create();
  await cluster.initServer();
  await cluster.addMember('leyla', 'bd_author', 'baku');
  await cluster.addMember('aysel', 'bd_reviewer', 'baku');
  await cluster.sql(`CREATE DATABASE ${olderDatabase}`);
  const admin = new pg.Client({ connectionString: cluster.url('postgres', cluster.superuserPassword, olderDatabase) });
  await admin.connect();
  try {
    await initServer(
      admin,
      serverMigrations.filter((migration) => migration.version <= 40),
    );
    await admin.query("INSERT INTO briefing_desk.members (login, office) VALUES ('leyla', 'baku')");
  } finally {
    await admin.end();
  }
  folder = mkdtempSync(join(tmpdir(), 'bd-team-refusals-'));
});

afterEach(() => {
  for (const library of opened.splice(0)) library.close();
});

afterAll(() => {
  cluster?.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

let libraries = 0;
/** Leyla's library, connected to `database`, with a briefing she has put in review and then approved (which an author may not). */
function approvedByAnAuthor(database = 'postgres'): { library: Library; file: string; url: string; id: string } {
  libraries += 1;
  const file = join(folder, `leyla-${libraries}.sqlite`);
  const library = openLibrary(file);
  opened.push(library);
  const url = cluster.url('leyla', 'leyla-password', database);
  teamReplicaOf(library).connect(teamServerAddress(url).url);
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no meeting readout template');
  const id = library.briefings.create({ ...demoBriefingContent(template), title: 'Statement on the summit' }).id;
  for (const status of ['in-review', 'approved'] as const) library.briefings.changeStatus({ id, baseRevision: library.briefings.get(id).revision, status }, 'leyla');
  return { library, file, url, id };
}

function said(result: IpcResult<unknown>, t = az): string {
  if (result.ok) throw new Error('the call was not refused');
  if (!result.error.localised) throw new Error(`no catalog message for: ${result.error.message}`);
  return sayLocalised(t, result.error.localised);
}

describe('the team server’s refusals in the interface language', () => {
  it('the database gives each refusal a key, not only English', async () => {
    const client = new pg.Client({ connectionString: cluster.url('leyla', 'leyla-password') });
    await client.connect();
    try {
      const refusal = await client
        .query("INSERT INTO briefing_desk.briefings (id, status, revision, content, op_id) VALUES ('x', 'approved', 1, '{}', gen_random_uuid())")
        .then(() => undefined, (error: unknown) => error as { hint?: string; message: string });
      expect(refusal).toMatchObject({ hint: 'briefing-desk:reviewer-only', message: 'Only a reviewer can approve or release a briefing.' });
    } finally {
      await client.end();
    }
  });

  it('an author’s approval is refused, and the conflict reads in Azerbaijani and Russian in the window', async () => {
    const { library, url, id } = approvedByAnAuthor();
    expect(await syncOnce(teamReplicaOf(library), { url })).toMatchObject({ conflicts: 1 });
    const invoke = createIpcInvoker(createServices(library, createTestServiceHost(null)));
    const listed = await invoke(channelName('team', 'conflicts'), []);
    if (!listed.ok) throw new Error(listed.error.message);
    const [conflict] = listed.value as TeamConflictView[];
    expect(conflict).toMatchObject({ briefingId: id, kind: 'refused', message: 'Only a reviewer can approve or release a briefing.' });
    expect(sayLocalised(az, conflict!.localised!)).toBe('Brifinqi yalnız rəyçi təsdiqləyə və ya yayımlaya bilər.');
    expect(sayLocalised(ru, conflict!.localised!)).toBe('Утвердить или опубликовать брифинг может только рецензент.');
  });

  it('deleting for ever as an author is refused in the window’s language', async () => {
    const { library, url, id } = approvedByAnAuthor();
    const replica = teamReplicaOf(library);
    await syncOnce(replica, { url });
    // The refused approval is undone on the server's word; what is left is Leyla's briefing in review.
    replica.resolve(id, 'theirs');
    library.briefings.moveToTrash(id);
    const host = createTestServiceHost(null);
    await host.keepTeamPassword(teamServerAddress(url).url, 'leyla-password');
    const invoke = createIpcInvoker(createServices(library, host));
    const refusal = await invoke(channelName('team', 'deleteForever'), [id]);
    expect(said(refusal)).toBe('Brifinqi birdəfəlik yalnız rəyçi silə bilər; müəllif onu yalnız zibil qutusuna ata bilər.');
    expect(said(refusal, ru)).toBe('Удалить брифинг окончательно может только рецензент; автор может только переместить его в корзину.');
  });

  it('a server still at schema 40 works on, and its English refusals read in Azerbaijani too', async () => {
    const { library, url, id } = approvedByAnAuthor(olderDatabase);
    expect(await syncOnce(teamReplicaOf(library), { url })).toMatchObject({ pushed: 2, conflicts: 1 });
    const [conflict] = teamReplicaOf(library).conflicts();
    expect(conflict).toMatchObject({ briefingId: id, kind: 'refused' });
    expect(sayLocalised(az, conflict!.localised!)).toBe('Brifinqi yalnız rəyçi təsdiqləyə və ya yayımlaya bilər.');
  });
});

/** The command line in this test's folder. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return teamCli(folder, args, env);
}

describe('the command line under LANG', () => {
  it('says the server’s refusal in Azerbaijani and Russian', async () => {
    const { library, file, url, id } = approvedByAnAuthor();
    await syncOnce(teamReplicaOf(library), { url });
    library.close();
    opened.splice(opened.indexOf(library), 1);
    const inAz = await cli(['--library', file, 'team', 'conflicts'], { LANG: 'az_AZ.UTF-8' });
    expect(inAz.stdout).toContain('Brifinqi yalnız rəyçi təsdiqləyə və ya yayımlaya bilər.');
    const detail = await cli(['--library', file, 'team', 'conflicts', id], { LANG: 'ru_RU.UTF-8' });
    expect(detail.stdout).toContain('Утвердить или опубликовать брифинг может только рецензент.');
    expect(detail.stdout).not.toContain('Only a reviewer');
  });

  it('says why a server cannot be reached, from the network’s code, in Russian', async () => {
    // A port nothing listens on: the cluster's, once stopped, would be slower to find; port 9 (discard) is closed here.
    const refused = await cli(['server', 'init', '--url', 'postgres://postgres@127.0.0.1:9/briefings'], { LANG: 'ru_RU.UTF-8', PGPASSWORD: 'x' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'Не удалось связаться с сервером postgres://postgres@127.0.0.1:9/briefings: по этому адресу никто не отвечает; проверьте адрес или спросите администратора сервера, запущен ли PostgreSQL.\n',
    );
    const badLogin = await cli(['server', 'init', '--url', cluster.url('postgres', 'wrong-password')], { LANG: 'az_AZ.UTF-8' });
    expect(badLogin.stderr).toBe('Server bu istifadəçi adını və parolu qəbul etmədi.\n');
  });
});
