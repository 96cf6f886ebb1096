import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoBriefingContent } from '../../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import type { Briefing, BriefingStatus } from '../../shared/document/briefing';
import { compareConflict, mergeBriefing, partDiffers } from '../../shared/document/conflict-compare';
import { openLibrary, type Library } from '../../electron/storage/library';
import { latestServerSchemaVersion } from '../../electron/storage/team/server-migrations';
import { teamServerAddress } from '../../electron/storage/team/team-connection';
import { teamReplicaOf } from '../../electron/storage/team/team-library';
import type { TeamReplica } from '../../electron/storage/team/team-replica';
import { syncOnce, type SyncReport, type TeamSyncOptions } from '../../electron/storage/team/team-sync';
import { startTeamSync, type TeamSyncRunner } from '../../electron/services/team-sync-runner';
import { createTeamService } from '../../electron/services/team-service';
import { changeNotifier } from '../../electron/services/change-feed';
import { createTestServiceHost, memoryTeamPasswords } from '../support/test-service-host';
import { createServices } from '../../electron/services/create-services';
import { createIpcInvoker } from '../../electron/ipc/ipc-invoker';
import { buildApi } from '../../shared/ipc/contract';
import { createApiClient, errorMessage } from '../../renderer/api/api-client';
import { offersDeleteForEveryone } from '../../renderer/features/library/team-library';
import { PgCluster } from './support/pg-cluster';

let cluster: PgCluster;
const urls: Record<'leyla' | 'murad' | 'aysel' | 'farid', string> = { leyla: '', murad: '', aysel: '', farid: '' };
let folder: string;
const opened: Library[] = [];

beforeAll(async () => {
  cluster = await PgCluster.create();
  await cluster.initServer();
  urls.leyla = await cluster.addMember('leyla', 'bd_author', 'baku');
  urls.murad = await cluster.addMember('murad', 'bd_author', 'baku');
  urls.aysel = await cluster.addMember('aysel', 'bd_reviewer', 'baku');
  urls.farid = await cluster.addMember('farid', 'bd_author', 'ganja');
  folder = mkdtempSync(join(tmpdir(), 'bd-team-clients-'));
});

afterEach(() => {
  for (const library of opened.splice(0)) library.close();
});

afterAll(() => {
  cluster?.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

interface Client {
  library: Library;
  replica: TeamReplica;
  sync(options?: Partial<TeamSyncOptions>): Promise<SyncReport>;
  create(title: string): string;
  retitle(id: string, title: string): void;
  step(id: string, status: BriefingStatus): void;
  title(id: string): string;
}

let clients = 0;
/** One computer: its own library file, connected to the team server as `person`. */
function computer(person: keyof typeof urls): Client {
  clients += 1;
  const library = openLibrary(join(folder, `${person}-${clients}.sqlite`));
  opened.push(library);
  const replica = teamReplicaOf(library);
  replica.connect(teamServerAddress(urls[person]).url);
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no meeting readout template');
  return {
    library,
    replica,
    sync: (options) => syncOnce(replica, { url: urls[person], ...options }),
    create: (title) => library.briefings.create({ ...demoBriefingContent(template), title }).id,
    retitle: (id, title) => {
      library.briefings.save({ id, baseRevision: library.briefings.get(id).revision, title });
    },
    step: (id, status) => {
      library.briefings.changeStatus({ id, baseRevision: library.briefings.get(id).revision, status }, person);
    },
    title: (id) => library.briefings.get(id).title,
  };
}

async function onServer(id: string): Promise<{ revision: number; status: string; title: string; author: string } | undefined> {
  const [row] = await cluster.sql<{ revision: number; status: string; title: string; author: string }>(
    "SELECT revision, status, content->>'title' AS title, author FROM briefing_desk.briefings WHERE id = $1",
    [id],
  );
  return row;
}

describe('two computers sharing one library', () => {
  it('each edits a different briefing, and after syncing both have both', async () => {
    const leyla = computer('leyla');
    const murad = computer('murad');
    const first = leyla.create('Foreign Minister receives the ITU delegation');
    const second = murad.create('Press conference on the COP29 follow-up');
    expect(leyla.replica.waiting()).toBe(1);
    expect(await leyla.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(await murad.sync()).toMatchObject({ pushed: 1, pulled: 1, conflicts: 0 });
    expect(await leyla.sync()).toMatchObject({ pulled: 1 });
    leyla.retitle(first, 'Foreign Minister receives the ITU Secretary-General');
    await leyla.sync();
    await murad.sync();
    expect(murad.title(first)).toBe('Foreign Minister receives the ITU Secretary-General');
    expect(leyla.title(second)).toBe('Press conference on the COP29 follow-up');
    expect(murad.library.briefings.get(first).revision).toBe(leyla.library.briefings.get(first).revision);
    expect(leyla.replica.waiting()).toBe(0);
    // What came from the server is searchable like anything saved here.
    expect(murad.library.search.search({ text: 'Secretary-General' }).hits.map((hit) => hit.id)).toContain(first);
  });

  it('both edit the same briefing offline: the second to sync sees a conflict with both texts kept, and decides', async () => {
    const leyla = computer('leyla');
    const murad = computer('murad');
    const id = leyla.create('Readout: meeting with the ITU');
    await leyla.sync();
    await murad.sync();
    leyla.retitle(id, 'Leyla’s title');
    murad.retitle(id, 'Murad’s title');
    expect(await leyla.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(await murad.sync()).toMatchObject({ pushed: 0, conflicts: 1 });
    const [conflict] = murad.replica.conflicts();
    expect(conflict).toMatchObject({ briefingId: id, kind: 'conflict', theirsBy: 'leyla' });
    expect(conflict?.mine.title).toBe('Murad’s title');
    expect(conflict?.theirs?.title).toBe('Leyla’s title');
    // Nothing was merged or dropped: Murad still reads his text, the server still has Leyla's.
    expect(murad.title(id)).toBe('Murad’s title');
    expect((await onServer(id))?.title).toBe('Leyla’s title');
    // Syncing again changes nothing until a person decides.
    await murad.sync();
    expect(murad.replica.conflicts()).toHaveLength(1);
    expect((await onServer(id))?.title).toBe('Leyla’s title');

    murad.replica.resolve(id, 'mine');
    expect(await murad.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(murad.replica.conflicts()).toEqual([]);
    await leyla.sync();
    expect(leyla.title(id)).toBe('Murad’s title');
    expect(await onServer(id)).toMatchObject({ revision: 3, title: 'Murad’s title' });
  });

  it('edit a merge: parts from each side and edited text go out as the revision after the server’s; a server that moved on meanwhile is a new conflict', async () => {
    const leyla = computer('leyla');
    const murad = computer('murad');
    const id = leyla.create('Readout: meeting with the ITU');
    await leyla.sync();
    await murad.sync();
    const edit = (client: Client, change: (briefing: Briefing) => Partial<Briefing>) => {
      const current = client.library.briefings.get(id);
      client.library.briefings.save({ id, baseRevision: current.revision, ...change(current) });
    };
    edit(leyla, (briefing) => ({ title: 'Leyla’s title', fields: { ...briefing.fields, location: 'Baku Congress Centre' } }));
    edit(murad, (briefing) => ({
      title: 'Murad’s title',
      participants: [...briefing.participants, { id: 'p9', name: 'Rashad Nabiyev', title: 'Minister', organisation: 'Republic of Azerbaijan', side: 'host', role: '' }],
    }));
    await leyla.sync();
    expect(await murad.sync()).toMatchObject({ conflicts: 1 });
    const [conflict] = murad.replica.conflicts();
    if (!conflict?.theirs) throw new Error('no conflict with the server’s text');
    const differing = compareConflict(conflict.mine, conflict.theirs, findBuiltInTemplate('meeting-readout')).filter(partDiffers);
    expect(differing.map((part) => part.key)).toEqual(['title', 'field:location', 'participants']);

    // Starting from the server's, Murad keeps his participants and writes a title of his own.
    const merged = mergeBriefing(conflict.mine, conflict.theirs, 'theirs', { participants: { side: 'mine' }, title: { side: 'theirs', text: 'Prime Minister receives the ITU delegation' } });
    const service = createTeamService(murad.library, memoryTeamPasswords(new Map()), changeNotifier(murad.library, {}));
    await expect(service.resolve(id, 'merge', { ...merged, id: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow('another briefing');
    expect(murad.replica.conflicts()).toHaveLength(1);
    await service.resolve(id, 'merge', merged);
    expect(murad.replica.conflicts()).toEqual([]);
    expect(murad.title(id)).toBe('Prime Minister receives the ITU delegation');
    expect(await murad.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(await onServer(id)).toMatchObject({ revision: 3, title: 'Prime Minister receives the ITU delegation' });
    await leyla.sync();
    const onLeyla = leyla.library.briefings.get(id);
    expect(onLeyla.fields.location).toBe('Baku Congress Centre');
    expect(onLeyla.participants.map((participant) => participant.name)).toContain('Rashad Nabiyev');

    // Never silent: a merge made while the server moved on again is a conflict of its own, both texts kept.
    edit(leyla, () => ({ title: 'Leyla again' }));
    edit(murad, () => ({ title: 'Murad again' }));
    await leyla.sync();
    await murad.sync();
    const [second] = murad.replica.conflicts();
    if (!second?.theirs) throw new Error('no second conflict');
    edit(leyla, () => ({ title: 'Leyla a third time' }));
    await leyla.sync();
    murad.replica.resolve(id, 'merge', mergeBriefing(second.mine, second.theirs, 'mine', {}));
    expect(await murad.sync()).toMatchObject({ pushed: 0, conflicts: 1 });
    expect(murad.replica.conflicts()[0]?.theirs?.title).toBe('Leyla a third time');
    expect((await onServer(id))?.title).toBe('Leyla a third time');
  });

  it('a library connected with briefings already in it uploads them all at connect, once, and a second computer sees every one', async () => {
    const template = findBuiltInTemplate('meeting-readout');
    if (!template) throw new Error('no meeting readout template');
    const library = openLibrary(join(folder, `before-sharing-${Date.now()}.sqlite`));
    opened.push(library);
    const titles = ['Readout one', 'Readout two', 'Readout three', 'Readout four', 'Readout five'];
    const ids = titles.map((title) => library.briefings.create({ ...demoBriefingContent(template), title }).id);
    library.briefings.save({ id: ids[0]!, baseRevision: 1, title: 'Readout one, revised' });
    const trashed = library.briefings.create({ ...demoBriefingContent(template), title: 'Thrown away before sharing' }).id;
    library.briefings.moveToTrash(trashed);

    const service = createTeamService(library, memoryTeamPasswords(new Map()), changeNotifier(library, {}));
    const connected = await service.connect({ url: urls.leyla });
    expect(connected).toMatchObject({ sent: 5, newConflicts: 0, offline: null, status: { waiting: 0 } });
    // Connecting again, or after a disconnect, sends nothing twice and finds no conflict: the server already has each at that revision.
    await service.disconnect();
    expect(await service.connect({ url: urls.leyla })).toMatchObject({ newConflicts: 0, status: { waiting: 0, conflicts: 0 } });
    expect(await service.connect({ url: urls.leyla })).toMatchObject({ newConflicts: 0, status: { waiting: 0, conflicts: 0 } });
    const history = await cluster.sql<{ n: string }>('SELECT count(*) AS n FROM briefing_desk.history WHERE briefing_id = ANY($1)', [ids]);
    expect(Number(history[0]?.n)).toBe(5);
    expect(await onServer(ids[0]!)).toMatchObject({ revision: 2, title: 'Readout one, revised', author: 'leyla' });
    expect(await onServer(trashed)).toBeUndefined();

    const murad = computer('murad');
    await murad.sync();
    expect(ids.map((id) => murad.title(id))).toEqual(['Readout one, revised', ...titles.slice(1)]);

    // A copy changed while the library was not shared is not the server's: it comes back as a conflict with both texts, never overwritten.
    murad.retitle(ids[1]!, 'Readout two, by Murad');
    await murad.sync();
    await service.disconnect();
    library.briefings.save({ id: ids[1]!, baseRevision: 1, title: 'Readout two, edited while not shared' });
    expect(await service.connect({ url: urls.leyla })).toMatchObject({ newConflicts: 1 });
    const [conflict] = await service.conflicts();
    expect([conflict?.mine.title, conflict?.theirs?.title]).toEqual(['Readout two, edited while not shared', 'Readout two, by Murad']);
    expect((await onServer(ids[1]!))?.title).toBe('Readout two, by Murad');
  });

  it('the Trash is shared: moving to it and restoring reach the other computer; deleting for ever is a reviewer’s, refused by the database for an author', async () => {
    const leyla = computer('leyla');
    const murad = computer('murad');
    const aysel = computer('aysel');
    const id = leyla.create('Readout to be thrown away');
    await leyla.sync();
    await murad.sync();
    await aysel.sync();
    const inTrash = (client: Client) => client.library.briefings.list({ trashed: true }).some((summary) => summary.id === id);

    leyla.library.briefings.moveToTrash(id);
    expect(await leyla.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(await murad.sync()).toMatchObject({ changed: [id] });
    expect(inTrash(murad)).toBe(true);
    murad.library.briefings.restoreFromTrash(id);
    await murad.sync();
    await leyla.sync();
    expect(inTrash(leyla)).toBe(false);
    expect(leyla.title(id)).toBe('Readout to be thrown away');
    // Moving to and from the Trash writes no revision of the text.
    expect(await onServer(id)).toMatchObject({ revision: 1 });

    leyla.library.briefings.moveToTrash(id);
    const asLeyla = createTeamService(leyla.library, memoryTeamPasswords(new Map([[teamServerAddress(urls.leyla).url, 'leyla-password']])), changeNotifier(leyla.library, {}));
    await expect(asLeyla.deleteForever(id)).rejects.toThrow('Only a reviewer can delete a briefing for ever; an author moves it to the Trash.');
    expect(inTrash(leyla)).toBe(true);
    expect(await onServer(id)).toBeDefined();

    await aysel.sync();
    expect(inTrash(aysel)).toBe(true);
    const asAysel = createTeamService(aysel.library, memoryTeamPasswords(new Map([[teamServerAddress(urls.aysel).url, 'aysel-password']])), changeNotifier(aysel.library, {}));
    await asAysel.deleteForever(id);
    expect(await onServer(id)).toBeUndefined();
    expect(inTrash(aysel)).toBe(false);
    await murad.sync();
    expect(() => murad.library.briefings.get(id)).toThrow();
    expect(inTrash(murad)).toBe(false);
    // The history of what was deleted stays on the server.
    expect(await cluster.sql('SELECT revision FROM briefing_desk.history WHERE briefing_id = $1', [id])).toHaveLength(1);
  });

  it('the Trash’s “Delete for everyone”, called as the window calls it, deletes on the server and on the other computer; an author is not offered it and is refused', async () => {
    /** A computer as the app's window sees it: the real services behind the IPC contract, and the renderer's api client over them. */
    const windowOf = (person: 'leyla' | 'aysel') => {
      const library = openLibrary(join(folder, `${person}-window-${Date.now()}.sqlite`));
      opened.push(library);
      const api = createApiClient(buildApi(createIpcInvoker(createServices(library, createTestServiceHost(null)))));
      return { library, api };
    };
    const murad = computer('murad');
    const id = murad.create('Readout for the Trash');
    await murad.sync();

    const reviewer = windowOf('aysel');
    const connected = await reviewer.api.team.connect({ url: teamServerAddress(urls.aysel).url, password: 'aysel-password' });
    expect(connected.status).toMatchObject({ state: 'online', role: 'reviewer' });
    expect(offersDeleteForEveryone(connected.status)).toBe(true);
    const author = windowOf('leyla');
    const authorStatus = (await author.api.team.connect({ url: teamServerAddress(urls.leyla).url, password: 'leyla-password' })).status;
    expect(authorStatus).toMatchObject({ role: 'author' });
    expect(offersDeleteForEveryone(authorStatus)).toBe(false);

    await reviewer.api.briefings.moveToTrash(id);
    // Had the author's computer not known its role (offline before any sync), the database says no, in one sentence.
    await author.api.team.sync();
    const refusal = await author.api.team.deleteForever(id).then(() => undefined, (error: unknown) => error);
    await reviewer.api.team.sync();
    expect(errorMessage(refusal)).toBe('Only a reviewer can delete a briefing for ever; an author moves it to the Trash.');
    expect(await onServer(id)).toBeDefined();

    await reviewer.api.team.deleteForever(id);
    expect(await onServer(id)).toBeUndefined();
    expect(reviewer.library.briefings.list({ trashed: true }).some((summary) => summary.id === id)).toBe(false);
    await murad.sync();
    expect(() => murad.library.briefings.get(id)).toThrow();
    expect(murad.library.briefings.list({ trashed: true }).some((summary) => summary.id === id)).toBe(false);
  });

  it('taking their version replaces this copy with the server’s', async () => {
    const leyla = computer('leyla');
    const murad = computer('murad');
    const id = leyla.create('Talking points');
    await leyla.sync();
    await murad.sync();
    leyla.retitle(id, 'Talking points, final');
    murad.retitle(id, 'Talking points, draft 2');
    await leyla.sync();
    await murad.sync();
    murad.replica.resolve(id, 'theirs');
    expect(murad.title(id)).toBe('Talking points, final');
    expect(murad.replica.waiting()).toBe(0);
    expect(await murad.sync()).toMatchObject({ pushed: 0, conflicts: 0 });
  });

  it('the server stops in the middle of a push: the retry sends the rest, and nothing arrives twice or goes missing', async () => {
    const leyla = computer('leyla');
    const id = leyla.create('Revision 1');
    for (let revision = 2; revision <= 6; revision += 1) leyla.retitle(id, `Revision ${revision}`);
    expect(leyla.replica.waiting()).toBe(6);
    let accepted = 0;
    const report = await leyla.sync({
      afterServerAccepted: () => {
        accepted += 1;
        if (accepted === 3) {
          // The server committed the third save; the answer never reaches this computer.
          cluster.kill();
          throw new Error('connection lost');
        }
      },
    });
    expect(report.offline).toBeDefined();
    expect(leyla.replica.offlineSince()).toBeDefined();
    expect(leyla.replica.waiting()).toBe(4);
    expect(await leyla.sync()).toMatchObject({ offline: expect.any(String) as string });
    await cluster.start();
    expect(await leyla.sync()).toMatchObject({ pushed: 4, conflicts: 0 });
    expect(leyla.replica.waiting()).toBe(0);
    expect(leyla.replica.offlineSince()).toBeUndefined();
    const history = await cluster.sql<{ revision: number; title: string }>(
      "SELECT revision, content->>'title' AS title FROM briefing_desk.history WHERE briefing_id = $1 ORDER BY history_id",
      [id],
    );
    expect(history).toEqual([1, 2, 3, 4, 5, 6].map((revision) => ({ revision, title: `Revision ${revision}` })));
    expect(await onServer(id)).toMatchObject({ revision: 6, title: 'Revision 6' });
  });
});

describe('rights enforced by the server', () => {
  it('refuses an author’s approval; the step is shown as refused and the library shows the server’s state', async () => {
    const leyla = computer('leyla');
    const id = leyla.create('Statement on the summit');
    leyla.step(id, 'in-review');
    leyla.step(id, 'approved');
    expect(await leyla.sync()).toMatchObject({ pushed: 2, conflicts: 1 });
    const [refusal] = leyla.replica.conflicts();
    expect(refusal).toMatchObject({ briefingId: id, kind: 'refused', message: 'Only a reviewer can approve or release a briefing.' });
    expect(refusal?.mine.status).toBe('approved');
    expect(leyla.library.briefings.get(id).status).toBe('in-review');
    expect(await onServer(id)).toMatchObject({ status: 'in-review', author: 'leyla' });

    const aysel = computer('aysel');
    await aysel.sync();
    aysel.step(id, 'approved');
    expect(await aysel.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(await onServer(id)).toMatchObject({ status: 'approved', author: 'leyla' });
    leyla.replica.resolve(id, 'theirs');
    await leyla.sync();
    expect(leyla.library.briefings.get(id).status).toBe('approved');
  });

  it('a move to the Trash the server refuses (another author’s approved briefing) is undone here at once, with the server’s sentence', async () => {
    const leyla = computer('leyla');
    const aysel = computer('aysel');
    const murad = computer('murad');
    const id = leyla.create('Approved statement');
    leyla.step(id, 'in-review');
    await leyla.sync();
    await aysel.sync();
    aysel.step(id, 'approved');
    await aysel.sync();
    await murad.sync();
    expect(murad.library.briefings.get(id).status).toBe('approved');

    murad.library.briefings.moveToTrash(id);
    expect(await murad.sync()).toMatchObject({ conflicts: 1 });
    expect(murad.library.briefings.list({ trashed: true }).some((summary) => summary.id === id)).toBe(false);
    expect(murad.library.briefings.get(id)).toMatchObject({ status: 'approved', title: 'Approved statement' });
    expect(murad.replica.conflicts()).toMatchObject([{ briefingId: id, kind: 'refused', message: 'This briefing by leyla is approved; only a reviewer can change it.' }]);
    expect(await onServer(id)).toMatchObject({ status: 'approved' });
  });

  it('does not give one office the other office’s drafts', async () => {
    const farid = computer('farid');
    const draft = farid.create('Ganja office: draft readout');
    await farid.sync();
    const leyla = computer('leyla');
    await leyla.sync();
    expect(leyla.library.briefings.list().map((briefing) => briefing.id)).not.toContain(draft);
    expect(computer('farid').library.briefings.list()).toEqual([]);
    const again = computer('farid');
    await again.sync();
    expect(again.library.briefings.list().map((briefing) => briefing.id)).toContain(draft);
  });
});

describe('catching up and notifications', () => {
  it('a computer offline while 1,000 saves were made catches up on its next sync', async () => {
    const aysel = computer('aysel');
    await aysel.sync();
    const leyla = computer('leyla');
    const ids = Array.from({ length: 10 }, (_, index) => leyla.create(`Briefing ${index} v0`));
    for (let round = 1; round < 100; round += 1) for (const [index, id] of ids.entries()) leyla.retitle(id, `Briefing ${index} v${round}`);
    expect(leyla.replica.waiting()).toBe(1000);
    expect(await leyla.sync()).toMatchObject({ pushed: 1000, conflicts: 0 });
    const report = await aysel.sync();
    expect(report.pulled).toBeGreaterThanOrEqual(10);
    for (const [index, id] of ids.entries()) {
      expect(aysel.title(id)).toBe(`Briefing ${index} v99`);
      expect(aysel.library.briefings.get(id).revision).toBe(100);
    }
    expect(aysel.replica.pullPosition()).toBeGreaterThan(0);
  });

  it('a NOTIFY from the server brings the next pull forward, and the windows hear of the briefing', async () => {
    const murad = computer('murad');
    let firstRound: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstRound = resolve));
    let heard: (briefingId: string) => void = () => undefined;
    const arrived = new Promise<string>((resolve) => (heard = resolve));
    // An hour between timed rounds: only the notification can bring Leyla's briefing within the test.
    const runner = await startTeamSync(
      murad.library,
      {
        teamPassword: async () => 'murad-password',
        keepTeamPassword: async () => undefined,
        // The first round brings what earlier tests left on the server; only Leyla's new briefing ends the wait.
        onBriefingChanged: (change) => {
          if (murad.title(change.briefingId) === 'Heard through NOTIFY') heard(change.briefingId);
        },
      },
      { intervalMs: 3_600_000, onSynced: () => firstRound() },
    );
    runners.push(runner);
    await started;
    // The LISTEN follows the first round on a connection of its own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const leyla = computer('leyla');
    const id = leyla.create('Heard through NOTIFY');
    await leyla.sync();
    expect(await arrived).toBe(id);
    expect(murad.title(id)).toBe('Heard through NOTIFY');
    await runner.stop();
  });

  it('the team service connects with a password kept apart, tells the app to start its sync, and disconnects keeping the briefings', async () => {
    const library = openLibrary(join(folder, `service-${Date.now()}.sqlite`));
    opened.push(library);
    const kept = new Map<string, string>();
    let connectionChanges = 0;
    const team = createTeamService(
      library,
      {
        ...memoryTeamPasswords(kept),
        onTeamConnectionChanged: () => (connectionChanges += 1),
      },
      changeNotifier(library, {}),
    );
    const leyla = computer('leyla');
    leyla.create('Already on the server');
    await leyla.sync();
    const server = teamServerAddress(urls.aysel).url;
    const connected = await team.connect({ url: server, password: 'aysel-password' });
    expect(connected).toMatchObject({ offline: null, status: { state: 'online', server, waiting: 0, conflicts: 0 } });
    expect(connected.received).toBeGreaterThan(0);
    expect(kept.get(server)).toBe('aysel-password');
    expect(connectionChanges).toBe(1);
    expect(await team.sync()).toMatchObject({ offline: null });
    const count = library.briefings.count();
    expect(await team.disconnect()).toMatchObject({ state: 'local', server: null });
    expect(kept.size).toBe(0);
    expect(connectionChanges).toBe(2);
    expect(library.briefings.count()).toBe(count);
  });

  it('refuses a server set up by a newer version, in one sentence', async () => {
    const leyla = computer('leyla');
    await cluster.sql("INSERT INTO briefing_desk.server_schema (version, name) VALUES (9000, 'from the future')");
    try {
      await expect(leyla.sync()).rejects.toThrow(
        `The team server was set up by a newer version of Briefing Desk (server schema 9000); this version understands up to ${latestServerSchemaVersion}. Update the app to connect.`,
      );
    } finally {
      await cluster.sql('DELETE FROM briefing_desk.server_schema WHERE version = 9000');
    }
  });
});

const runners: TeamSyncRunner[] = [];
afterAll(async () => {
  for (const runner of runners) await runner.stop();
});
