import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { initServer } from '../../../electron/storage/team/server-migrations';

const bin = '/usr/lib/postgresql/15/bin';

/** A free TCP port on loopback, as the kernel hands one out. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function asPostgres(command: string, args: string[]): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * A real PostgreSQL 15 cluster of the test's own: initdb as `postgres` in a
 * temporary folder, listening on 127.0.0.1 on a free port with its socket in
 * that folder, password authentication. `kill` stops it as a power cut would
 * (immediate mode), `start` brings it back, `remove` stops it and deletes it.
 */
export class PgCluster {
  readonly superuserPassword = 'postgres-test-password';
  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PgCluster> {
    const folder = mkdtempSync(join(tmpdir(), 'bd-pg-'));
    const cluster = new PgCluster(folder, await freePort());
    const passwordFile = join(folder, 'superuser-password');
    writeFileSync(passwordFile, cluster.superuserPassword);
    const user = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const group = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(folder, Number(user), Number(group));
    chownSync(passwordFile, Number(user), Number(group));
    asPostgres('initdb', ['-D', cluster.data, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8']);
    await cluster.start();
    return cluster;
  }

  /** Applies the app's server migrations as the superuser, as `briefing-desk server init` does. */
  async initServer(): Promise<void> {
    const admin = new pg.Client({ connectionString: this.superuserUrl });
    await admin.connect();
    try {
      await initServer(admin);
    } finally {
      await admin.end();
    }
  }

  get data(): string {
    return join(this.folder, 'data');
  }

  async start(): Promise<void> {
    const options = `-c listen_addresses=127.0.0.1 -p ${this.port} -c unix_socket_directories=${this.folder} -c fsync=off`;
    asPostgres('pg_ctl', ['-D', this.data, '-o', options, '-l', join(this.folder, 'server.log'), '-w', 'start']);
  }

  /** Stops the server at once, without a checkpoint: what a crash or a pulled cable does to the clients. */
  kill(): void {
    asPostgres('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
  }

  url(user: string, password: string, database = 'postgres'): string {
    return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${database}`;
  }

  get superuserUrl(): string {
    return this.url('postgres', this.superuserPassword);
  }

  /** Runs SQL as the superuser. */
  async sql<Row extends object = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
    const client = new pg.Client({ connectionString: this.superuserUrl });
    await client.connect();
    try {
      return (await client.query<Row>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  /** A login in a group role (bd_author, bd_reviewer, bd_admin) and an office. */
  async addMember(login: string, role: 'bd_author' | 'bd_reviewer' | 'bd_admin', office: string): Promise<string> {
    const password = `${login}-password`;
    await this.sql(`CREATE ROLE ${login} LOGIN PASSWORD '${password}' IN ROLE ${role}`);
    await this.sql('INSERT INTO briefing_desk.members (login, office) VALUES ($1, $2)', [login, office]);
    return this.url(login, password);
  }

  remove(): void {
    try {
      this.kill();
    } catch {
      // Already stopped (a test killed it): only the folder is left to remove.
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
