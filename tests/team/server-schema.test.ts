import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initServer, latestServerSchemaVersion, serverSchemaProblem, serverSchemaVersion } from '../../electron/storage/team/server-migrations';
import { PgCluster } from './support/pg-cluster';

let cluster: PgCluster;
let authorUrl: string;
let otherAuthorUrl: string;
let reviewerUrl: string;
let foreignUrl: string;

async function as<Result>(url: string, work: (client: pg.Client) => Promise<Result>): Promise<Result> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const content = (title: string) => ({ title, body: [] });

async function insert(client: pg.Client, id: string, status = 'draft', revision = 1): Promise<void> {
  await client.query('INSERT INTO briefing_desk.briefings (id, status, revision, content, op_id) VALUES ($1, $2, $3, $4, $5)', [id, status, revision, content('first'), randomUUID()]);
}

async function update(client: pg.Client, id: string, base: number, status: string, title = 'changed'): Promise<number> {
  const result = await client.query('UPDATE briefing_desk.briefings SET revision = $3, status = $4, content = $5, op_id = $6 WHERE id = $1 AND revision = $2', [
    id,
    base,
    base + 1,
    status,
    content(title),
    randomUUID(),
  ]);
  return result.rowCount ?? 0;
}

beforeAll(async () => {
  cluster = await PgCluster.create();
  await cluster.initServer();
  authorUrl = await cluster.addMember('leyla', 'bd_author', 'baku');
  otherAuthorUrl = await cluster.addMember('murad', 'bd_author', 'baku');
  reviewerUrl = await cluster.addMember('aysel', 'bd_reviewer', 'baku');
  foreignUrl = await cluster.addMember('farid', 'bd_author', 'ganja');
});

afterAll(() => cluster?.remove());

describe('server init', () => {
  it('records the schema version and does nothing the second time', async () => {
    expect(await as(cluster.superuserUrl, serverSchemaVersion)).toBe(latestServerSchemaVersion);
    expect(await as(cluster.superuserUrl, (client) => initServer(client))).toEqual([]);
    expect(serverSchemaProblem(latestServerSchemaVersion)).toBeUndefined();
  });

  it('refuses a server newer than the app, in one sentence, and leaves it alone', async () => {
    await expect(as(cluster.superuserUrl, (client) => initServer(client, [{ version: 1, name: 'old', sql: 'SELECT 1' }]))).rejects.toThrow(
      `The team server was set up by a newer version of Briefing Desk (server schema ${latestServerSchemaVersion}); this version understands up to 1. Update the app to connect.`,
    );
    expect(await as(cluster.superuserUrl, serverSchemaVersion)).toBe(latestServerSchemaVersion);
  });
});

describe('saves on the server', () => {
  it('accepts only the next revision, writes the history with the login and bumps the change sequence', async () => {
    const id = randomUUID();
    await as(authorUrl, (client) => insert(client, id));
    expect(await as(authorUrl, (client) => update(client, id, 1, 'draft'))).toBe(1);
    // A save based on a revision the server no longer has changes nothing.
    expect(await as(otherAuthorUrl, (client) => update(client, id, 1, 'draft', 'stale'))).toBe(0);
    await expect(
      as(authorUrl, (client) => client.query("UPDATE briefing_desk.briefings SET revision = 7, op_id = gen_random_uuid() WHERE id = $1", [id])),
    ).rejects.toThrow('The server has revision 2 of this briefing; a save must bring revision 3.');
    expect(await as(otherAuthorUrl, (client) => update(client, id, 2, 'draft', 'by murad'))).toBe(1);
    const history = await cluster.sql<{ revision: number; changed_by: string; title: string; change_seq: string }>(
      "SELECT revision, changed_by, content->>'title' AS title, change_seq FROM briefing_desk.history WHERE briefing_id = $1 ORDER BY revision",
      [id],
    );
    expect(history.map((row) => [row.revision, row.changed_by, row.title])).toEqual([
      [1, 'leyla', 'first'],
      [2, 'leyla', 'changed'],
      [3, 'murad', 'by murad'],
    ]);
    expect(new Set(history.map((row) => row.change_seq)).size).toBe(3);
    const [row] = await cluster.sql<{ author: string; office: string }>('SELECT author, office FROM briefing_desk.briefings WHERE id = $1', [id]);
    expect(row).toEqual({ author: 'leyla', office: 'baku' });
  });

  it('keeps the history append-only, even for its owner', async () => {
    await expect(cluster.sql('DELETE FROM briefing_desk.history')).rejects.toThrow('The history of the team library is append-only.');
    await expect(cluster.sql("UPDATE briefing_desk.history SET changed_by = 'someone'")).rejects.toThrow('append-only');
    await expect(cluster.sql('TRUNCATE briefing_desk.history')).rejects.toThrow('append-only');
    await expect(as(authorUrl, (client) => client.query('DELETE FROM briefing_desk.history'))).rejects.toThrow('permission denied');
  });

  it('sends a notification with the change sequence when a save commits', async () => {
    const listener = new pg.Client({ connectionString: reviewerUrl });
    await listener.connect();
    const heard = new Promise<string>((resolve) => listener.on('notification', (message) => resolve(message.payload ?? '')));
    await listener.query('LISTEN briefing_desk_changes');
    const id = randomUUID();
    await as(authorUrl, (client) => insert(client, id));
    const [row] = await cluster.sql<{ change_seq: string }>('SELECT change_seq FROM briefing_desk.briefings WHERE id = $1', [id]);
    expect(await heard).toBe(row?.change_seq);
    await listener.end();
  });
});

describe('rights in the database', () => {
  it('refuses an author who approves, and lets a reviewer approve and release', async () => {
    const id = randomUUID();
    await as(authorUrl, (client) => insert(client, id));
    expect(await as(authorUrl, (client) => update(client, id, 1, 'in-review'))).toBe(1);
    await expect(as(authorUrl, (client) => update(client, id, 2, 'approved'))).rejects.toThrow('Only a reviewer can approve or release a briefing.');
    await expect(as(authorUrl, (client) => insert(client, randomUUID(), 'released'))).rejects.toThrow('Only a reviewer can approve or release a briefing.');
    expect(await as(reviewerUrl, (client) => update(client, id, 2, 'approved'))).toBe(1);
    // Another author cannot touch it now; its own author and the reviewer still can act on it.
    await expect(as(otherAuthorUrl, (client) => update(client, id, 3, 'draft'))).rejects.toThrow('This briefing by leyla is approved; only a reviewer can change it.');
    expect(await as(reviewerUrl, (client) => update(client, id, 3, 'released'))).toBe(1);
    const [row] = await cluster.sql<{ status: string; revision: number }>('SELECT status, revision FROM briefing_desk.briefings WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'released', revision: 4 });
  });

  it('hides another office’s drafts and shows what it released', async () => {
    const draft = randomUUID();
    const released = randomUUID();
    await as(foreignUrl, (client) => insert(client, draft));
    await cluster.sql("INSERT INTO briefing_desk.members VALUES ('rena', 'ganja')");
    await cluster.sql("CREATE ROLE rena LOGIN PASSWORD 'rena-password' IN ROLE bd_reviewer");
    await as(cluster.url('rena', 'rena-password'), (client) => insert(client, released, 'released'));
    const seen = await as(authorUrl, async (client) => (await client.query<{ id: string }>('SELECT id FROM briefing_desk.briefings')).rows.map((row) => row.id));
    expect(seen).not.toContain(draft);
    expect(seen).toContain(released);
    // Nor can it be changed from Baku: for this login the row is not there.
    expect(await as(reviewerUrl, (client) => update(client, draft, 1, 'draft'))).toBe(0);
    const foreignSees = await as(foreignUrl, async (client) => (await client.query<{ id: string }>('SELECT id FROM briefing_desk.briefings')).rows.map((row) => row.id));
    expect(foreignSees).toContain(draft);
  });

  it('refuses a login that belongs to no office', async () => {
    await cluster.sql("CREATE ROLE stranger LOGIN PASSWORD 'stranger-password' IN ROLE bd_author");
    await expect(as(cluster.url('stranger', 'stranger-password'), (client) => insert(client, randomUUID()))).rejects.toThrow(
      'Your login belongs to no office on the team server; ask its administrator to add you.',
    );
  });
});
