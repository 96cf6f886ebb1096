import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { TeamPerson, TeamRole } from '../../../shared/ipc/team-service';
import { escapeIdentifier, escapeLiteral, type ClientBase } from 'pg';
import { connectTeamServer } from './team-sync';

const scramIterations = 4096;

/** A new person's password: long enough that a colleague cannot guess it. */
export const shortestTeamPassword = 8;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL keeps for a password
 * (`SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey`, RFC 5802/7677), made
 * here as libpq's PQencryptPasswordConn makes it, so that the password's text
 * never crosses the connection and never lands in a server log. The password's
 * UTF-8 bytes are used as they are, as the `pg` driver uses them when it logs in.
 */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16)): string {
  const salted = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, scramIterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${scramIterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** Runs one call on a connection of its own to the team server, closed afterwards whatever happens. */
async function onServer<T>(url: string, password: string | undefined, call: (client: ClientBase) => Promise<T>): Promise<T> {
  const client = await connectTeamServer(url, password);
  try {
    return await call(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Adds one person's login on the team server; the database decides whether this login may (only an admin) and says why not. */
export async function addPersonOnServer(url: string, password: string | undefined, person: { login: string; role: TeamRole; office: string; password: string }): Promise<void> {
  await onServer(url, password, (client) => client.query('SELECT briefing_desk.add_person($1, $2, $3, $4)', [person.login, scramVerifier(person.password), person.role, person.office]));
}

/** The people on the team server this login may see: everyone for an admin, their own office for anyone else. */
export async function peopleOnServer(url: string, password: string | undefined): Promise<TeamPerson[]> {
  const result = await onServer(url, password, (client) =>
    client.query<{ login: string; person_role: TeamPerson['role']; office: string }>('SELECT login, person_role, office FROM briefing_desk.people()'),
  );
  return result.rows.map((row) => ({ login: row.login, role: row.person_role, office: row.office }));
}

/** Moves a person to another role and/or office; the database allows it only to an admin, never on one's own login. */
export async function changePersonOnServer(url: string, password: string | undefined, change: { login: string; role?: TeamRole; office?: string }): Promise<void> {
  await onServer(url, password, (client) => client.query('SELECT briefing_desk.change_person($1, $2, $3)', [change.login, change.role ?? null, change.office ?? null]));
}

/** Takes a person's login away (someone who left); what they wrote and the history naming them stay. */
export async function removePersonOnServer(url: string, password: string | undefined, login: string): Promise<void> {
  await onServer(url, password, (client) => client.query('SELECT briefing_desk.remove_person($1)', [login]));
}

/** A login name the server takes: the same rule as `add_person`'s. */
const loginPattern = /^[a-z_][a-z0-9_.-]{0,62}$/u;

/** Why a first admin cannot be made, as the same hints the server's functions give. */
export class PersonRefused extends Error {
  constructor(readonly hint: 'bad-login' | 'bad-office' | 'exists') {
    super(hint);
  }
}

/**
 * The team's first admin, made by the database's owner right after `server init` (nobody is an admin yet to call
 * `add_person`): a login with the SCRAM-SHA-256 verifier made here, in `bd_admin`, with its office, in one
 * transaction, by the same rules as `add_person`.
 */
export async function addFirstAdmin(client: ClientBase, person: { login: string; office: string; password: string }): Promise<void> {
  const office = person.office.trim();
  if (!loginPattern.test(person.login) || /^(pg_|bd_)/u.test(person.login)) throw new PersonRefused('bad-login');
  if (office === '' || office.length > 100) throw new PersonRefused('bad-office');
  await client.query('BEGIN');
  try {
    const taken = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [person.login]);
    if (taken.rowCount) throw new PersonRefused('exists');
    await client.query(`CREATE ROLE ${escapeIdentifier(person.login)} LOGIN PASSWORD ${escapeLiteral(scramVerifier(person.password))} IN ROLE bd_admin`);
    await client.query('INSERT INTO briefing_desk.members (login, office) VALUES ($1, $2)', [person.login, office]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
