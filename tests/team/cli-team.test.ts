import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { latestServerSchemaVersion } from '../../electron/storage/team/server-migrations';
import { PgCluster } from './support/pg-cluster';

let cluster: PgCluster;
let folder: string;

beforeAll(async () => {
  cluster = await PgCluster.create();
  folder = mkdtempSync(join(tmpdir(), 'bd-team-cli-'));
});

afterAll(() => {
  cluster?.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTerminal: false,
    env,
    cwd: folder,
    fontsourceFolder: '',
  });
  return { code, stdout, stderr };
}

/** Everything the library keeps on disk, as text: where a password must never turn up. */
function libraryBytes(file: string): string {
  return ['', '-wal'].map((suffix) => (existsSync(file + suffix) ? readFileSync(file + suffix).toString('latin1') : '')).join('');
}

describe('briefing-desk server and team', () => {
  it('sets up the server, shares two libraries, and syncs, conflicts and resolves from the command line', async () => {
    const init = await cli(['server', 'init', '--url', cluster.superuserUrl]);
    expect(init).toMatchObject({ code: 0 });
    expect(init.stdout).toContain(`is at server schema ${latestServerSchemaVersion} (applied ${latestServerSchemaVersion})`);
    expect(init.stdout).not.toContain(cluster.superuserPassword);
    expect((await cli(['server', 'init', '--url', cluster.superuserUrl])).stdout).toContain('is up to date');

    const leylaUrl = await cluster.addMember('leyla', 'bd_author', 'baku');
    await cluster.addMember('murad', 'bd_author', 'baku');
    const leyla = ['--library', join(folder, 'leyla.sqlite')];
    const murad = ['--library', join(folder, 'murad.sqlite')];

    const connected = await cli([...leyla, 'team', 'connect', leylaUrl]);
    expect(connected.code).toBe(0);
    expect(connected.stderr).toContain('The password in the address was used for this run only and is not kept');
    const status = JSON.parse((await cli([...leyla, 'team', 'status', '--json'])).stdout) as { state: string; server: string; waiting: number };
    expect(status).toMatchObject({ state: 'online', server: `postgres://leyla@127.0.0.1:${cluster.port}/postgres`, waiting: 0 });
    expect(libraryBytes(join(folder, 'leyla.sqlite'))).not.toContain('leyla-password');

    // A briefing made and edited with the ordinary commands is queued without them knowing, and sent by team sync.
    const id = (await cli([...leyla, 'new', '--template', 'press-release', '--title', 'Statement on the visit'])).stdout.trim();
    expect((await cli([...leyla, 'team', 'status'])).stdout).toContain('1 save waiting');
    const sent = await cli([...leyla, 'team', 'sync'], { PGPASSWORD: 'leyla-password' });
    expect(sent).toMatchObject({ code: 0, stdout: 'Sent 1 save, received 0 briefings.\n' });

    expect((await cli([...murad, 'team', 'connect', `postgres://murad@127.0.0.1:${cluster.port}/postgres`], { PGPASSWORD: 'murad-password' })).code).toBe(0);
    expect((await cli([...murad, 'show', id, '--json'])).stdout).toContain('Statement on the visit');

    await cli([...leyla, 'set', id, '--title', 'Statement on the state visit']);
    await cli([...murad, 'set', id, '--title', 'Statement on the official visit']);
    expect((await cli([...leyla, 'team', 'sync'], { PGPASSWORD: 'leyla-password' })).code).toBe(0);
    const clash = await cli([...murad, 'team', 'sync'], { PGPASSWORD: 'murad-password' });
    expect(clash.stdout).toContain('1 briefing is in conflict: see "briefing-desk team conflicts".');
    const conflicts = JSON.parse((await cli([...murad, 'team', 'conflicts', '--json'])).stdout) as { mine: { title: string }; theirs: { title: string }; theirsBy: string }[];
    expect(conflicts.map((conflict) => [conflict.mine.title, conflict.theirs.title, conflict.theirsBy])).toEqual([
      ['Statement on the official visit', 'Statement on the state visit', 'leyla'],
    ]);
    expect((await cli([...murad, 'team', 'conflicts'])).stdout).toContain('Statement on the official visit | theirs (leyla): Statement on the state visit');
    expect((await cli([...murad, 'team', 'resolve', id, 'theirs'])).code).toBe(0);
    expect((await cli([...murad, 'show', id, '--json'])).stdout).toContain('Statement on the state visit');
    expect((await cli([...murad, 'team', 'conflicts'])).stdout).toBe('No conflicts.\n');
  });

  it('says in one sentence when the password is wrong, and keeps working offline when the server is gone', async () => {
    const library = ['--library', join(folder, 'offline.sqlite')];
    await cluster.addMember('rena', 'bd_author', 'baku');
    expect((await cli([...library, 'team', 'connect', `postgres://rena@127.0.0.1:${cluster.port}/postgres`], { PGPASSWORD: 'rena-password' })).code).toBe(0);
    const wrong = await cli([...library, 'team', 'sync'], { PGPASSWORD: 'not-her-password' });
    expect(wrong).toMatchObject({ code: 1, stderr: 'The team server did not accept this user name and password.\n' });

    cluster.kill();
    try {
      await cli([...library, 'new', '--template', 'press-release', '--title', 'Written on the plane']);
      const offline = await cli([...library, 'team', 'sync'], { PGPASSWORD: 'rena-password' });
      expect(offline.code).toBe(1);
      expect(offline.stdout).toContain('1 save waits here and go out with the next sync.');
      expect((await cli([...library, 'team', 'status'])).stdout).toMatch(/offline since .*; 1 save waiting; 0 conflicts\./u);
    } finally {
      await cluster.start();
    }
    expect((await cli([...library, 'team', 'sync'], { PGPASSWORD: 'rena-password' })).stdout).toBe('Sent 1 save, received 0 briefings.\n');
    expect((await cli([...library, 'team', 'status'])).stdout).toContain(': in sync');
  });

  it('refuses an unencrypted or unverified connection to a server on another computer, before any connection', async () => {
    const library = ['--library', join(folder, 'remote.sqlite')];
    const refused = await cli([...library, 'team', 'connect', 'postgres://leyla@press.example.org/briefings?sslmode=disable']);
    expect(refused).toMatchObject({
      code: 1,
      stderr: 'A team server on another computer is reached only over TLS with its certificate verified; remove sslmode=disable from the address.\n',
    });
    expect((await cli([...library, 'team', 'status'])).stdout).toBe('This library is not shared: it is on this computer only.\n');
    expect((await cli([...library, 'team', 'sync'])).stderr).toBe(
      'This library is not shared with a team server; connect it in Settings › Team library or with "briefing-desk team connect URL".\n',
    );
  });
});
