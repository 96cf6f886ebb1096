import { readFileSync } from 'node:fs';
import type { ClientConfig } from 'pg';
import { ServiceError } from '../../../shared/ipc/ipc-result';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Where the team server is, without its password: what the library file keeps and what is shown or logged. */
export interface TeamServerAddress {
  /** `postgres://user@host:port/database` plus the TLS parameters given, never a password. */
  url: string;
  user: string;
  host: string;
}

function parse(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServiceError('invalid-argument', { id: 'teamServer.badAddress' });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ServiceError('invalid-argument', { id: 'teamServer.notPostgres' });
  }
  if (!parsed.hostname) throw new ServiceError('invalid-argument', { id: 'teamServer.noHost' });
  if (!parsed.username) throw new ServiceError('invalid-argument', { id: 'teamServer.noUser' });
  return parsed;
}

export function isLoopbackHost(host: string): boolean {
  return loopbackHosts.has(host.toLowerCase());
}

/** The address without its password (a password typed into the address is used for that run only). */
export function teamServerAddress(url: string): TeamServerAddress {
  const parsed = parse(url);
  parsed.password = '';
  return { url: parsed.toString(), user: decodeURIComponent(parsed.username), host: parsed.hostname };
}

/** The password written into the address, if any. */
export function passwordInUrl(url: string): string | undefined {
  const password = parse(url).password;
  return password ? decodeURIComponent(password) : undefined;
}

/**
 * The `pg` client settings for a team server. A server that is not on this
 * computer is reached only over TLS with its certificate checked against the
 * system's authorities (or `sslrootcert=FILE` from the address): a password
 * and the office's drafts never cross a network in the clear, and an address
 * that asks for less (`sslmode=disable`, `require`, `no-verify` …) is refused.
 * Without `password`, `pg` looks where libpq does: PGPASSWORD, then the
 * password file (~/.pgpass or PGPASSFILE).
 */
export function teamClientConfig(url: string, password?: string): ClientConfig {
  const parsed = parse(url);
  const sslmode = parsed.searchParams.get('sslmode');
  const rootCert = parsed.searchParams.get('sslrootcert');
  const database = decodeURIComponent(parsed.pathname.replace(/^\//u, '')) || decodeURIComponent(parsed.username);
  const host = parsed.hostname.replace(/^\[(.*)\]$/u, '$1');
  const config: ClientConfig = {
    host,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    database,
    connectionTimeoutMillis: 10_000,
    application_name: 'Briefing Desk',
  };
  const given = password ?? passwordInUrl(url);
  if (given !== undefined) config.password = given;
  const ca = () => {
    if (!rootCert) return undefined;
    try {
      return readFileSync(rootCert, 'utf8');
    } catch {
      throw new ServiceError('invalid-argument', { id: 'teamServer.certificateUnreadable', values: { file: rootCert } });
    }
  };
  if (!isLoopbackHost(parsed.hostname)) {
    if (sslmode !== null && sslmode !== 'verify-full') {
      throw new ServiceError('invalid-argument', { id: 'teamServer.tlsRequired', values: { sslmode } });
    }
    const authority = ca();
    config.ssl = { rejectUnauthorized: true, ...(authority ? { ca: authority } : {}) };
  } else if (sslmode === 'require' || sslmode === 'verify-full' || sslmode === 'verify-ca') {
    const authority = ca();
    config.ssl = { rejectUnauthorized: sslmode !== 'require', ...(authority ? { ca: authority } : {}) };
  } else {
    config.ssl = false;
  }
  return config;
}
