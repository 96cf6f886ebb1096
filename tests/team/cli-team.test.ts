import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamCli } from './support/team-cli';
import pg from 'pg';
import { latestServerSchemaVersion } from '../../electron/storage/team/server-migrations';
import { scramVerifier } from '../../electron/storage/team/team-people';
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

/** The command line in this test's folder. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return teamCli(folder, args, env);
}

/** Everything the library keeps on disk, as text: where a password must never turn up. */
function libraryBytes(file: string): string {
  return ['', '-wal'].map((suffix) => (existsSync(file + suffix) ? readFileSync(file + suffix).toString('latin1') : '')).join('');
}

describe('briefing-desk server and team', () => {
  it('sets up the server, shares two libraries, and syncs, conflicts and resolves from the command line', async () => {
    const init = await cli(['server', 'init', '--url', cluster.superuserUrl]);
    expect(init).toMatchObject({ code: 0 });
    expect(init.stdout).toContain(`is at server schema ${latestServerSchemaVersion} (applied 10, 20, 30, 40, 50)`);
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

  it('shows a conflict part by part with a word diff, and resolves it with a merge written to a file', async () => {
    const nigarUrl = await cluster.addMember('nigar', 'bd_author', 'baku');
    const turalUrl = await cluster.addMember('tural', 'bd_author', 'baku');
    const nigar = ['--library', join(folder, 'nigar.sqlite')];
    const tural = ['--library', join(folder, 'tural.sqlite')];
    expect((await cli([...nigar, 'team', 'connect', nigarUrl])).code).toBe(0);
    const id = (await cli([...nigar, 'new', '--template', 'press-release', '--title', 'Statement on the summit'])).stdout.trim();
    await cli([...nigar, 'team', 'sync'], { PGPASSWORD: 'nigar-password' });
    expect((await cli([...tural, 'team', 'connect', turalUrl])).code).toBe(0);
    await cli([...nigar, 'set', id, '--title', 'Statement on the Baku summit']);
    await cli([...tural, 'set', id, '--title', 'Statement on the regional summit']);
    await cli([...nigar, 'team', 'sync'], { PGPASSWORD: 'nigar-password' });
    expect((await cli([...tural, 'team', 'sync'], { PGPASSWORD: 'tural-password' })).stdout).toContain('1 briefing is in conflict');

    const detail = await cli([...tural, 'team', 'conflicts', id]);
    expect(detail.code).toBe(0);
    expect(detail.stdout).toContain('Statement on the regional summit: [-server’s version (nigar)-] {+your version+}');
    expect(detail.stdout).toContain('Title:\nStatement on the [-Baku-]{+regional+} summit');
    expect(detail.stdout).toMatch(/\d+ other parts are the same in both versions\./u);
    const parts = JSON.parse((await cli([...tural, 'team', 'conflicts', id, '--json'])).stdout) as { key: string; differs: boolean }[];
    expect(parts.filter((part) => part.differs).map((part) => part.key)).toEqual(['title']);

    // Bad input is one sentence and changes nothing.
    expect((await cli([...tural, 'team', 'resolve', id, '--mine', '--theirs'])).stderr).toContain('say one of --mine, --theirs or --merge FILE');
    writeFileSync(join(folder, 'not-json.txt'), 'Statement on the summit');
    expect(await cli([...tural, 'team', 'resolve', id, '--merge', 'not-json.txt'])).toMatchObject({ code: 2 });
    expect(JSON.parse((await cli([...tural, 'team', 'status', '--json'])).stdout)).toMatchObject({ conflicts: 1 });

    const [conflict] = JSON.parse((await cli([...tural, 'team', 'conflicts', '--json'])).stdout) as { theirs: Record<string, unknown> }[];
    // The merge file may change any part, the participants' rows too.
    const participants = [{ id: 'p-merge', name: 'Rauf Mammadov', title: 'Deputy Minister of Foreign Affairs', organisation: 'Republic of Azerbaijan', side: 'host', role: 'head of delegation' }];
    writeFileSync(join(folder, 'merged.json'), JSON.stringify({ ...conflict?.theirs, title: 'Statement on the Baku regional summit', participants }));
    const resolved = await cli([...tural, 'team', 'resolve', id, '--merge', 'merged.json']);
    expect(resolved).toMatchObject({ code: 0 });
    expect(resolved.stdout).toContain('Your merged version goes to the server with the next sync');
    expect((await cli([...tural, 'team', 'sync'], { PGPASSWORD: 'tural-password' })).stdout).toBe('Sent 1 save, received 0 briefings.\n');
    await cli([...nigar, 'team', 'sync'], { PGPASSWORD: 'nigar-password' });
    const atNigar = JSON.parse((await cli([...nigar, 'show', id, '--json'])).stdout) as { title: string; participants: unknown[] };
    expect(atNigar).toMatchObject({ title: 'Statement on the Baku regional summit', participants });

    // Deleting for ever on the server is a reviewer's: the database refuses an author in one sentence, and nothing changes.
    const refused = await cli([...nigar, 'team', 'delete', id], { PGPASSWORD: 'nigar-password' });
    expect(refused).toMatchObject({ code: 1, stderr: 'Only a reviewer can delete a briefing for ever; an author moves it to the Trash.\n' });
    expect((await cli([...nigar, 'show', id, '--json'])).code).toBe(0);
  });

  it('lets an admin add people with a role and an office, by the database’s rules, and refuses anyone else', async () => {
    const ayselUrl = await cluster.addMember('aysel', 'bd_admin', 'baku');
    const aysel = ['--library', join(folder, 'aysel.sqlite')];
    const asAysel = { PGPASSWORD: 'aysel-password' };
    expect((await cli([...aysel, 'team', 'connect', ayselUrl])).code).toBe(0);
    writeFileSync(join(folder, 'kamran.password'), 'Kamran likes tea 7\n');
    writeFileSync(join(folder, 'sevda.password'), 'Sevda reads drafts 9\n');

    // Every statement is logged while people are added: the password's text must reach neither the log nor the server.
    await cluster.sql("ALTER SYSTEM SET log_statement = 'all'");
    await cluster.sql('SELECT pg_reload_conf()');
    const added = await cli([...aysel, 'team', 'add-person', 'kamran', '--role', 'author', '--office', 'baku', '--password-file', 'kamran.password'], asAysel);
    expect(added).toMatchObject({ code: 0, stdout: 'kamran can now sign in to the team server as an author of baku.\n' });
    expect((await cli([...aysel, 'team', 'add-person', 'sevda', '--role', 'reviewer', '--office', 'baku', '--password-file', 'sevda.password'], asAysel)).code).toBe(0);
    await cluster.sql('ALTER SYSTEM RESET log_statement');
    await cluster.sql('SELECT pg_reload_conf()');
    expect(readFileSync(join(cluster.folder, 'server.log'), 'utf8')).toContain('briefing_desk.add_person');
    expect(readFileSync(join(cluster.folder, 'server.log'), 'utf8')).not.toContain('Kamran likes tea');
    const [stored] = await cluster.sql<{ rolpassword: string }>("SELECT rolpassword FROM pg_authid WHERE rolname = 'kamran'");
    expect(stored?.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/u);

    const people = JSON.parse((await cli([...aysel, 'team', 'people', '--json'], asAysel)).stdout) as unknown[];
    expect(people).toEqual(expect.arrayContaining([
      { login: 'aysel', role: 'admin', office: 'baku' },
      { login: 'kamran', role: 'author', office: 'baku' },
      { login: 'sevda', role: 'reviewer', office: 'baku' },
    ]));
    expect((await cli([...aysel, 'team', 'people'], asAysel)).stdout).toMatch(/^kamran +author +baku$/mu);

    // The new author signs in with the password from the file, saves, and is refused an approval by the database.
    const kamran = ['--library', join(folder, 'kamran.sqlite')];
    const asKamran = { PGPASSWORD: 'Kamran likes tea 7' };
    expect((await cli([...kamran, 'team', 'connect', `postgres://kamran@127.0.0.1:${cluster.port}/postgres`], asKamran)).code).toBe(0);
    const id = (await cli([...kamran, 'new', '--template', 'meeting-readout', '--title', 'Statement by the new author'])).stdout.trim();
    expect((await cli([...kamran, 'team', 'sync'], asKamran)).stdout).toBe('Sent 1 save, received 0 briefings.\n');
    expect(await cluster.sql('SELECT author, office FROM briefing_desk.briefings WHERE id = $1', [id])).toEqual([{ author: 'kamran', office: 'baku' }]);
    const asAuthor = new pg.Client({ connectionString: cluster.url('kamran', 'Kamran likes tea 7') });
    await asAuthor.connect();
    try {
      await expect(asAuthor.query("UPDATE briefing_desk.briefings SET status = 'approved', revision = revision + 1, op_id = gen_random_uuid() WHERE id = $1", [id])).rejects.toThrow(
        'Only a reviewer can approve or release a briefing.',
      );
    } finally {
      await asAuthor.end();
    }
    expect(await cluster.sql('SELECT status, revision FROM briefing_desk.briefings WHERE id = $1', [id])).toEqual([{ status: 'draft', revision: 1 }]);

    // A non-admin is refused by the database, in one sentence; a taken name and a wrong role too; nobody is added.
    writeFileSync(join(folder, 'nuray.password'), 'Nuray writes 12');
    const byAuthor = await cli([...kamran, 'team', 'add-person', 'nuray', '--role', 'author', '--office', 'baku', '--password-file', 'nuray.password'], asKamran);
    expect(byAuthor).toMatchObject({ code: 1, stderr: 'Only an administrator of the team library can add people.\n' });
    const taken = await cli([...aysel, 'team', 'add-person', 'kamran', '--role', 'author', '--office', 'baku', '--password-file', 'nuray.password'], asAysel);
    expect(taken).toMatchObject({ code: 1, stderr: 'There is already a login named kamran on the team server.\n' });
    const badRole = await cli([...aysel, 'team', 'add-person', 'nuray', '--role', 'editor', '--office', 'baku', '--password-file', 'nuray.password'], asAysel);
    expect(badRole).toMatchObject({ code: 1, stderr: 'A person is an author, a reviewer or an admin, not “editor”.\n' });
    expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'nuray'")).toEqual([]);

    // The rules are the database's, whatever the client: psql-like calls get the same refusals.
    const direct = new pg.Client({ connectionString: ayselUrl });
    await direct.connect();
    try {
      await expect(direct.query("SELECT briefing_desk.add_person('nuray', $1, 'editor', 'baku')", [scramVerifier('Nuray writes 12')])).rejects.toThrow('A person is an author, a reviewer or an admin, not editor.');
      await expect(direct.query("SELECT briefing_desk.add_person('nuray', 'Nuray writes 12', 'author', 'baku')")).rejects.toThrow('never as text');
    } finally {
      await direct.end();
    }
    expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'nuray'")).toEqual([]);
  });

  it('lets an admin move a person to another role or office and remove someone who left, never their own login', async () => {
    // The first admin comes with server init, from the database owner: no SQL by hand.
    writeFileSync(join(folder, 'farid.password'), 'Farid runs the desk 1\n');
    const withAdmin = await cli(['server', 'init', '--url', cluster.superuserUrl, '--admin', 'farid', '--office', 'baku', '--password-file', 'farid.password']);
    expect(withAdmin).toMatchObject({ code: 0, stdout: expect.stringContaining('farid can now sign in to the team server as an admin of baku.\n') as unknown });
    const again = await cli(['server', 'init', '--url', cluster.superuserUrl, '--admin', 'farid', '--office', 'baku', '--password-file', 'farid.password']);
    expect(again).toMatchObject({ code: 1, stderr: 'There is already a login named farid on the team server.\n' });
    const noOffice = await cli(['server', 'init', '--url', cluster.superuserUrl, '--admin', 'zaur']);
    expect(noOffice.code).toBe(2);
    expect(noOffice.stderr).toContain("give the first admin's office with --office");
    expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'zaur'")).toEqual([]);
    const farid = ['--library', join(folder, 'farid.sqlite')];
    const asFarid = { PGPASSWORD: 'Farid runs the desk 1' };
    expect((await cli([...farid, 'team', 'connect', `postgres://farid@127.0.0.1:${cluster.port}/postgres`], asFarid)).code).toBe(0);
    writeFileSync(join(folder, 'ilaha.password'), 'Ilaha edits 2026\n');
    expect((await cli([...farid, 'team', 'add-person', 'ilaha', '--role', 'author', '--office', 'baku', '--password-file', 'ilaha.password'], asFarid)).code).toBe(0);

    // Promoted to reviewer in Ganja: the database now lets her approve, as a reviewer, the briefings of Ganja.
    const promoted = await cli([...farid, 'team', 'change-person', 'ilaha', '--role', 'reviewer', '--office', 'ganja'], asFarid);
    expect(promoted).toMatchObject({ code: 0, stdout: 'ilaha is now a reviewer of ganja.\n' });
    const people = JSON.parse((await cli([...farid, 'team', 'people', '--json'], asFarid)).stdout) as unknown[];
    expect(people).toContainEqual({ login: 'ilaha', role: 'reviewer', office: 'ganja' });
    expect(await cluster.sql("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = 'ilaha'")).toEqual([{ rolname: 'bd_reviewer' }]);
    const ilaha = ['--library', join(folder, 'ilaha.sqlite')];
    const asIlaha = { PGPASSWORD: 'Ilaha edits 2026' };
    expect((await cli([...ilaha, 'team', 'connect', `postgres://ilaha@127.0.0.1:${cluster.port}/postgres`], asIlaha)).code).toBe(0);
    const id = (await cli([...ilaha, 'new', '--template', 'meeting-readout', '--title', 'Ganja readout'])).stdout.trim();
    expect((await cli([...ilaha, 'team', 'sync'], asIlaha)).code).toBe(0);
    expect(await cluster.sql('SELECT office FROM briefing_desk.briefings WHERE id = $1', [id])).toEqual([{ office: 'ganja' }]);
    // Only the office, then: the role stays.
    expect((await cli([...farid, 'team', 'change-person', 'ilaha', '--office', 'sumgait'], asFarid)).stdout).toBe('ilaha is now a reviewer of sumgait.\n');

    // Refusals, each one sentence, nothing changed.
    const nothing = await cli([...farid, 'team', 'change-person', 'ilaha'], asFarid);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Nothing to change: give a new role, a new office or both.');
    expect(await cli([...farid, 'team', 'change-person', 'ilaha', '--role', 'editor'], asFarid)).toMatchObject({ code: 1, stderr: 'A person is an author, a reviewer or an admin, not “editor”.\n' });
    expect(await cli([...farid, 'team', 'change-person', 'nobody', '--role', 'author'], asFarid)).toMatchObject({ code: 1, stderr: 'There is no one with the login nobody on the team server.\n' });
    expect(await cli([...farid, 'team', 'change-person', 'farid', '--role', 'author'], asFarid)).toMatchObject({ code: 1, stderr: 'You cannot change or remove your own login; another administrator can.\n' });
    expect(await cli([...farid, 'team', 'remove-person', 'farid'], asFarid)).toMatchObject({ code: 1, stderr: 'You cannot change or remove your own login; another administrator can.\n' });
    expect(await cli([...ilaha, 'team', 'remove-person', 'farid'], asIlaha)).toMatchObject({ code: 1, stderr: 'Only an administrator of the team library can change or remove people.\n' });
    expect(await cli([...ilaha, 'team', 'change-person', 'ilaha', '--role', 'admin'], asIlaha)).toMatchObject({ code: 1, stderr: 'Only an administrator of the team library can change or remove people.\n' });
    expect(JSON.parse((await cli([...farid, 'team', 'people', '--json'], asFarid)).stdout)).toContainEqual({ login: 'ilaha', role: 'reviewer', office: 'sumgait' });
    expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'farid'")).toEqual([{ rolname: 'farid' }]);

    // She leaves: her login goes, her briefing and its history stay, and she can no longer sign in.
    expect(await cli([...farid, 'team', 'remove-person', 'ilaha'], asFarid)).toMatchObject({ code: 0, stdout: 'ilaha can no longer sign in to the team server; what they wrote stays in the library.\n' });
    expect(await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname = 'ilaha'")).toEqual([]);
    expect(JSON.parse((await cli([...farid, 'team', 'people', '--json'], asFarid)).stdout)).not.toContainEqual(expect.objectContaining({ login: 'ilaha' }));
    expect(await cluster.sql('SELECT author, office FROM briefing_desk.briefings WHERE id = $1', [id])).toEqual([{ author: 'ilaha', office: 'ganja' }]);
    expect((await cluster.sql<{ n: string }>('SELECT count(*)::text AS n FROM briefing_desk.history WHERE briefing_id = $1', [id]))[0]?.n).toBe('1');
    expect(await cli([...ilaha, 'team', 'sync'], asIlaha)).toMatchObject({ code: 1, stderr: 'The team server did not accept this user name and password.\n' });
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
