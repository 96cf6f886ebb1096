import { english } from '../../../shared/i18n/english';
import { sayLocalised, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import type { ClientBase } from 'pg';

/** One change to the team server's schema, applied by `briefing-desk server init` in a transaction of its own. */
export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

/** Where everything of Briefing Desk lives on the server, apart from the cluster-wide group roles. */
export const serverSchema = 'briefing_desk';

/**
 * The team library: briefings with revision, status, author, office and a
 * change sequence; an append-only history written by a trigger; group roles
 * author ⊂ reviewer ⊂ admin; row-level security per office. The rules live
 * here, in the database, so that no client (ours, psql, a script) gets past them.
 */
const teamLibrary: ServerMigration = {
  version: 10,
  name: 'team library',
  sql: `
DO $roles$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_author') THEN CREATE ROLE bd_author NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_reviewer') THEN CREATE ROLE bd_reviewer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_admin') THEN CREATE ROLE bd_admin NOLOGIN; END IF;
END $roles$;
GRANT bd_author TO bd_reviewer;
GRANT bd_reviewer TO bd_admin;

GRANT USAGE ON SCHEMA briefing_desk TO bd_author;
GRANT SELECT ON briefing_desk.server_schema TO bd_author;

-- One row per person: the login and the press office it works for.
CREATE TABLE briefing_desk.members (
  login name PRIMARY KEY,
  office text NOT NULL CHECK (office <> '' AND length(office) <= 100)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON briefing_desk.members TO bd_admin;

CREATE FUNCTION briefing_desk.my_office() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing_desk, pg_catalog
  AS $$ SELECT office FROM briefing_desk.members WHERE login = session_user $$;
CREATE FUNCTION briefing_desk.is_member_of(role_name name) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing_desk, pg_catalog
  AS $$ SELECT pg_has_role(session_user, role_name, 'MEMBER') $$;

CREATE SEQUENCE briefing_desk.change_seq;

CREATE TABLE briefing_desk.briefings (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  office text NOT NULL DEFAULT briefing_desk.my_office(),
  author name NOT NULL DEFAULT session_user,
  status text NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'released')),
  revision integer NOT NULL CHECK (revision >= 1),
  content jsonb NOT NULL,
  op_id uuid NOT NULL,
  change_seq bigint NOT NULL,
  updated_by name NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX briefings_change_seq ON briefing_desk.briefings (change_seq);

-- Append-only: every accepted save, with who made it (session_user: the login, never a role it switched to).
CREATE TABLE briefing_desk.history (
  history_id bigserial PRIMARY KEY,
  briefing_id text NOT NULL,
  office text NOT NULL,
  author name NOT NULL,
  status text NOT NULL,
  revision integer NOT NULL,
  content jsonb NOT NULL,
  op_id uuid NOT NULL UNIQUE,
  change_seq bigint NOT NULL,
  changed_by name NOT NULL,
  changed_at timestamptz NOT NULL,
  UNIQUE (briefing_id, revision)
);

CREATE FUNCTION briefing_desk.before_save() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
DECLARE
  reviewer boolean := pg_has_role(session_user, 'bd_reviewer', 'MEMBER');
  admin boolean := pg_has_role(session_user, 'bd_admin', 'MEMBER');
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.office IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Your login belongs to no office on the team server; ask its administrator to add you.';
    END IF;
    IF NOT admin THEN NEW.author := session_user; END IF;
    IF NEW.status IN ('approved', 'released') AND NOT reviewer THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only a reviewer can approve or release a briefing.';
    END IF;
  ELSE
    IF NEW.revision <> OLD.revision + 1 THEN
      RAISE EXCEPTION USING ERRCODE = '40001',
        MESSAGE = format('The server has revision %s of this briefing; a save must bring revision %s.', OLD.revision, OLD.revision + 1);
    END IF;
    IF NEW.id <> OLD.id THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'A briefing keeps its id.';
    END IF;
    IF NOT admin THEN
      NEW.office := OLD.office;
      NEW.author := OLD.author;
    END IF;
    IF OLD.status IN ('approved', 'released') AND OLD.author <> session_user AND NOT reviewer THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('This briefing by %s is approved; only a reviewer can change it.', OLD.author);
    END IF;
    IF NEW.status <> OLD.status AND NEW.status IN ('approved', 'released') AND NOT reviewer THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only a reviewer can approve or release a briefing.';
    END IF;
  END IF;
  NEW.change_seq := nextval('briefing_desk.change_seq');
  NEW.updated_by := session_user;
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE FUNCTION briefing_desk.after_save() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
BEGIN
  INSERT INTO briefing_desk.history (briefing_id, office, author, status, revision, content, op_id, change_seq, changed_by, changed_at)
    VALUES (NEW.id, NEW.office, NEW.author, NEW.status, NEW.revision, NEW.content, NEW.op_id, NEW.change_seq, session_user, NEW.updated_at);
  PERFORM pg_notify('briefing_desk_changes', NEW.change_seq::text);
  RETURN NULL;
END $$;

CREATE FUNCTION briefing_desk.history_is_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'The history of the team library is append-only.';
END $$;

CREATE TRIGGER before_save BEFORE INSERT OR UPDATE ON briefing_desk.briefings FOR EACH ROW EXECUTE FUNCTION briefing_desk.before_save();
CREATE TRIGGER after_save AFTER INSERT OR UPDATE ON briefing_desk.briefings FOR EACH ROW EXECUTE FUNCTION briefing_desk.after_save();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON briefing_desk.history FOR EACH ROW EXECUTE FUNCTION briefing_desk.history_is_append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON briefing_desk.history FOR EACH STATEMENT EXECUTE FUNCTION briefing_desk.history_is_append_only();

ALTER TABLE briefing_desk.briefings ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing_desk.history ENABLE ROW LEVEL SECURITY;
-- Everyone reads their own office's briefings and what any office has released; an admin reads everything.
CREATE POLICY read_briefings ON briefing_desk.briefings FOR SELECT
  USING (office = briefing_desk.my_office() OR status = 'released' OR briefing_desk.is_member_of('bd_admin'));
CREATE POLICY add_briefings ON briefing_desk.briefings FOR INSERT
  WITH CHECK (office = briefing_desk.my_office() OR briefing_desk.is_member_of('bd_admin'));
CREATE POLICY change_briefings ON briefing_desk.briefings FOR UPDATE
  USING (office = briefing_desk.my_office() OR briefing_desk.is_member_of('bd_admin'))
  WITH CHECK (office = briefing_desk.my_office() OR briefing_desk.is_member_of('bd_admin'));
CREATE POLICY read_history ON briefing_desk.history FOR SELECT
  USING (office = briefing_desk.my_office() OR briefing_desk.is_member_of('bd_admin'));

GRANT SELECT ON briefing_desk.briefings TO bd_author;
GRANT INSERT (id, status, revision, content, op_id) ON briefing_desk.briefings TO bd_author;
GRANT UPDATE (status, revision, content, op_id) ON briefing_desk.briefings TO bd_author;
GRANT INSERT (office, author) ON briefing_desk.briefings TO bd_admin;
GRANT UPDATE (office, author) ON briefing_desk.briefings TO bd_admin;
GRANT SELECT ON briefing_desk.history TO bd_author;
`,
};

/** Every server migration, oldest first; numbered with gaps, as the local ones are. */
export const serverMigrations: readonly ServerMigration[] = [teamLibrary];

export const latestServerSchemaVersion = serverMigrations.at(-1)?.version ?? 0;

/** The server schema's version, or 0 when Briefing Desk was never set up in this database. */
export async function serverSchemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ found: string | null }>(`SELECT to_regclass('${serverSchema}.server_schema')::text AS found`);
  if (!exists.rows[0]?.found) return 0;
  const result = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${serverSchema}.server_schema`);
  return result.rows[0]?.version ?? 0;
}

/**
 * One sentence when the server's schema is not the one this version of the
 * app speaks, undefined when it is. Asked on every connect.
 */
export function serverSchemaProblem(version: number, latest: number = latestServerSchemaVersion): LocalisedMessage | undefined {
  if (version === 0) return { id: 'teamServer.noLibrary' };
  if (version > latest) return { id: 'teamServer.newer', values: { version, latest } };
  if (version < latest) return { id: 'teamServer.older', values: { version, latest } };
  return undefined;
}

/**
 * Creates or brings up to date the team library in the database the client
 * is connected to (as its owner or a superuser: it creates group roles).
 * Each migration runs in its own transaction with its row in `server_schema`;
 * a server newer than this app is refused and left as it is. Returns the
 * versions applied.
 */
export async function initServer(client: ClientBase, migrations: readonly ServerMigration[] = serverMigrations): Promise<number[]> {
  const latest = migrations.at(-1)?.version ?? 0;
  // Two administrators running init together: the second waits here, then finds the work done.
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('briefing_desk.server_init'))");
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${serverSchema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${serverSchema}.server_schema (
      version integer PRIMARY KEY, name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(), applied_by name NOT NULL DEFAULT session_user)`);
    const current = await serverSchemaVersion(client);
    if (current > latest) {
      throw new Error(sayLocalised(english, serverSchemaProblem(current, latest) ?? { id: 'teamServer.newer', values: { version: current, latest } }));
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${serverSchema}.server_schema (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
