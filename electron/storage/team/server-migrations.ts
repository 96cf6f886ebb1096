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


/**
 * The Trash is shared: `in_trash` moves with no new revision (history keeps
 * revisions of the text; the change number still moves, so the pull brings
 * it). Deleting for ever is a reviewer's (or an admin's) decision, checked
 * here so that an author is refused whatever client they use, and only for a
 * briefing in the Trash; each deletion leaves a row in `deleted` for the
 * other computers' pulls. The history of a deleted briefing stays.
 */
const sharedTrash: ServerMigration = {
  version: 20,
  name: 'shared trash',
  sql: `
ALTER TABLE briefing_desk.briefings ADD COLUMN in_trash boolean NOT NULL DEFAULT false;
GRANT UPDATE (in_trash) ON briefing_desk.briefings TO bd_author;

CREATE OR REPLACE FUNCTION briefing_desk.before_save() RETURNS trigger
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
    IF NEW.revision = OLD.revision AND NEW.in_trash <> OLD.in_trash THEN
      -- A move to or from the Trash: the text and the status stay as they are.
      IF NEW.content <> OLD.content OR NEW.status <> OLD.status THEN
        RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'A move to or from the Trash cannot change the briefing.';
      END IF;
    ELSIF NEW.revision <> OLD.revision + 1 THEN
      RAISE EXCEPTION USING ERRCODE = '40001',
        MESSAGE = format('The server has revision %s of this briefing; a save must bring revision %s.', OLD.revision, OLD.revision + 1);
    ELSIF OLD.in_trash AND NEW.in_trash THEN
      RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'This briefing is in the Trash on the server; restore it before changing it.';
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

-- History keeps revisions of the text: a move to or from the Trash writes none, but is still announced.
CREATE OR REPLACE FUNCTION briefing_desk.after_save() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.revision <> OLD.revision THEN
    INSERT INTO briefing_desk.history (briefing_id, office, author, status, revision, content, op_id, change_seq, changed_by, changed_at)
      VALUES (NEW.id, NEW.office, NEW.author, NEW.status, NEW.revision, NEW.content, NEW.op_id, NEW.change_seq, session_user, NEW.updated_at);
  END IF;
  PERFORM pg_notify('briefing_desk_changes', NEW.change_seq::text);
  RETURN NULL;
END $$;

CREATE TABLE briefing_desk.deleted (
  briefing_id text PRIMARY KEY,
  office text NOT NULL,
  change_seq bigint NOT NULL,
  deleted_by name NOT NULL,
  deleted_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE briefing_desk.deleted ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_deleted ON briefing_desk.deleted FOR SELECT
  USING (office = briefing_desk.my_office() OR briefing_desk.is_member_of('bd_admin'));
GRANT SELECT ON briefing_desk.deleted TO bd_author;

CREATE FUNCTION briefing_desk.before_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
DECLARE
  seq bigint;
BEGIN
  IF NOT pg_has_role(session_user, 'bd_reviewer', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only a reviewer can delete a briefing for ever; an author moves it to the Trash.';
  END IF;
  IF NOT OLD.in_trash THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only a briefing in the Trash can be deleted for ever.';
  END IF;
  seq := nextval('briefing_desk.change_seq');
  INSERT INTO briefing_desk.deleted (briefing_id, office, change_seq, deleted_by) VALUES (OLD.id, OLD.office, seq, session_user)
    ON CONFLICT (briefing_id) DO UPDATE SET change_seq = excluded.change_seq, deleted_by = excluded.deleted_by, deleted_at = now();
  PERFORM pg_notify('briefing_desk_changes', seq::text);
  RETURN OLD;
END $$;
CREATE TRIGGER before_delete BEFORE DELETE ON briefing_desk.briefings FOR EACH ROW EXECUTE FUNCTION briefing_desk.before_delete();
CREATE POLICY delete_briefings ON briefing_desk.briefings FOR DELETE
  USING (office = briefing_desk.my_office() OR briefing_desk.is_member_of('bd_admin'));
GRANT DELETE ON briefing_desk.briefings TO bd_author;
`,
};

/**
 * People are added by an admin, with the database's own rules: one login per
 * person (CREATE ROLE … LOGIN PASSWORD), granted its group role, and its
 * office in `members` for row-level security. The function runs as the
 * schema's owner (who can create roles) and lets only a member of bd_admin
 * call it; the password arrives as a SCRAM-SHA-256 verifier made on the
 * client, so the text of a password never reaches the server or its logs.
 * Each refusal carries a HINT the app turns into its own sentence.
 */
const people: ServerMigration = {
  version: 30,
  name: 'people',
  sql: `
CREATE FUNCTION briefing_desk.add_person(new_login text, verifier text, person_role text, person_office text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'bd_admin', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'admin-only', MESSAGE = 'Only an administrator of the team library can add people.';
  END IF;
  IF person_role IS NULL OR person_role NOT IN ('author', 'reviewer', 'admin') THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'bad-role', MESSAGE = format('A person is an author, a reviewer or an admin, not %s.', coalesce(person_role, 'nothing'));
  END IF;
  IF new_login IS NULL OR new_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR new_login ~ '^(pg_|bd_)' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'bad-login', MESSAGE = 'A login is up to 63 lower-case Latin letters, digits, dots, hyphens and underscores, starting with a letter, and not pg_ or bd_.';
  END IF;
  IF person_office IS NULL OR btrim(person_office) = '' OR length(person_office) > 100 THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'bad-office', MESSAGE = 'A person''s office is a name of 1 to 100 characters.';
  END IF;
  IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\\$' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'not-verifier', MESSAGE = 'The password must come as a SCRAM-SHA-256 verifier, never as text.';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login) THEN
    RAISE EXCEPTION USING ERRCODE = '42710', HINT = 'exists', MESSAGE = format('There is already a login named %s on the team server.', new_login);
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', new_login, verifier, 'bd_' || person_role);
  INSERT INTO briefing_desk.members (login, office) VALUES (new_login, btrim(person_office));
END $$;
REVOKE ALL ON FUNCTION briefing_desk.add_person(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_desk.add_person(text, text, text, text) TO bd_author;

-- Who is on the team: an admin sees everyone, anyone else the people of their own office.
CREATE FUNCTION briefing_desk.people() RETURNS TABLE (login text, person_role text, office text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
  SELECT m.login::text,
    CASE WHEN pg_has_role(r.oid, 'bd_admin', 'MEMBER') THEN 'admin'
         WHEN pg_has_role(r.oid, 'bd_reviewer', 'MEMBER') THEN 'reviewer'
         WHEN pg_has_role(r.oid, 'bd_author', 'MEMBER') THEN 'author'
         ELSE 'none' END,
    m.office
  FROM briefing_desk.members m JOIN pg_roles r ON r.rolname = m.login
  WHERE pg_has_role(session_user, 'bd_admin', 'MEMBER') OR m.office = briefing_desk.my_office()
  ORDER BY m.office, m.login
$$;
REVOKE ALL ON FUNCTION briefing_desk.people() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_desk.people() TO bd_author;
`,
};

/**
 * An admin moves a person to another role or office, and takes a login away
 * when someone leaves, with the same rules as adding: only a member of
 * bd_admin, as the schema's owner, each refusal with a HINT. Nobody changes
 * or removes their own login, so the last admin cannot lock the team out by
 * mistake. Removing drops the login (its sessions end at their next
 * connection) and its office; what the person wrote, and the history that
 * names them, stay.
 */
const changePeople: ServerMigration = {
  version: 40,
  name: 'change-people',
  sql: `
CREATE FUNCTION briefing_desk.check_person_change(target text) RETURNS void
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'bd_admin', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'admin-only-change', MESSAGE = 'Only an administrator of the team library can change or remove people.';
  END IF;
  IF target IS NULL OR NOT EXISTS (SELECT 1 FROM briefing_desk.members m JOIN pg_roles r ON r.rolname = m.login WHERE m.login = target) THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'no-person', MESSAGE = format('There is no person named %s on the team server.', coalesce(target, 'nothing'));
  END IF;
  IF target = session_user THEN
    RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'self', MESSAGE = 'Nobody changes or removes their own login; another administrator does.';
  END IF;
END $$;
REVOKE ALL ON FUNCTION briefing_desk.check_person_change(text) FROM PUBLIC;

CREATE FUNCTION briefing_desk.change_person(target text, person_role text, person_office text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
DECLARE
  group_role text;
BEGIN
  PERFORM briefing_desk.check_person_change(target);
  IF person_role IS NOT NULL AND person_role NOT IN ('author', 'reviewer', 'admin') THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'bad-role', MESSAGE = format('A person is an author, a reviewer or an admin, not %s.', person_role);
  END IF;
  IF person_office IS NOT NULL AND (btrim(person_office) = '' OR length(person_office) > 100) THEN
    RAISE EXCEPTION USING ERRCODE = '22023', HINT = 'bad-office', MESSAGE = 'A person''s office is a name of 1 to 100 characters.';
  END IF;
  IF person_role IS NOT NULL THEN
    FOREACH group_role IN ARRAY ARRAY['bd_author', 'bd_reviewer', 'bd_admin'] LOOP
      IF EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = group_role AND m.rolname = target) THEN
        EXECUTE format('REVOKE %I FROM %I', group_role, target);
      END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'bd_' || person_role, target);
  END IF;
  IF person_office IS NOT NULL THEN
    UPDATE briefing_desk.members SET office = btrim(person_office) WHERE login = target;
  END IF;
END $$;
REVOKE ALL ON FUNCTION briefing_desk.change_person(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_desk.change_person(text, text, text) TO bd_author;

CREATE FUNCTION briefing_desk.remove_person(target text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
BEGIN
  PERFORM briefing_desk.check_person_change(target);
  DELETE FROM briefing_desk.members WHERE login = target;
  EXECUTE format('DROP ROLE %I', target);
END $$;
REVOKE ALL ON FUNCTION briefing_desk.remove_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing_desk.remove_person(text) TO bd_author;
`,
};

/**
 * Every refusal of the triggers carries a key the client reads instead of
 * its English text: `HINT = 'briefing-desk:<key>'`, and the values the
 * sentence names as JSON in DETAIL, so the app and the command line say it
 * in the person's interface language (`serverRefusal`). The English MESSAGE
 * stays for psql and the server's log. The rules are those of 20; only what
 * the refusals carry changes. A server still at 40 works on: its English
 * refusals are known by their wording.
 */
const refusalKeys: ServerMigration = {
  version: 50,
  name: 'refusal keys',
  sql: `
CREATE OR REPLACE FUNCTION briefing_desk.before_save() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
DECLARE
  reviewer boolean := pg_has_role(session_user, 'bd_reviewer', 'MEMBER');
  admin boolean := pg_has_role(session_user, 'bd_admin', 'MEMBER');
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.office IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:no-office',
        MESSAGE = 'Your login belongs to no office on the team server; ask its administrator to add you.';
    END IF;
    IF NOT admin THEN NEW.author := session_user; END IF;
    IF NEW.status IN ('approved', 'released') AND NOT reviewer THEN
      RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:reviewer-only', MESSAGE = 'Only a reviewer can approve or release a briefing.';
    END IF;
  ELSE
    IF NEW.revision = OLD.revision AND NEW.in_trash <> OLD.in_trash THEN
      IF NEW.content <> OLD.content OR NEW.status <> OLD.status THEN
        RAISE EXCEPTION USING ERRCODE = '40001', HINT = 'briefing-desk:trash-move-changes', MESSAGE = 'A move to or from the Trash cannot change the briefing.';
      END IF;
    ELSIF NEW.revision <> OLD.revision + 1 THEN
      RAISE EXCEPTION USING ERRCODE = '40001', HINT = 'briefing-desk:revision-mismatch',
        DETAIL = json_build_object('server', OLD.revision, 'expected', OLD.revision + 1)::text,
        MESSAGE = format('The server has revision %s of this briefing; a save must bring revision %s.', OLD.revision, OLD.revision + 1);
    ELSIF OLD.in_trash AND NEW.in_trash THEN
      RAISE EXCEPTION USING ERRCODE = '40001', HINT = 'briefing-desk:in-trash', MESSAGE = 'This briefing is in the Trash on the server; restore it before changing it.';
    END IF;
    IF NEW.id <> OLD.id THEN
      RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:keeps-id', MESSAGE = 'A briefing keeps its id.';
    END IF;
    IF NOT admin THEN
      NEW.office := OLD.office;
      NEW.author := OLD.author;
    END IF;
    IF OLD.status IN ('approved', 'released') AND OLD.author <> session_user AND NOT reviewer THEN
      RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:approved-by-other', DETAIL = json_build_object('author', OLD.author)::text,
        MESSAGE = format('This briefing by %s is approved; only a reviewer can change it.', OLD.author);
    END IF;
    IF NEW.status <> OLD.status AND NEW.status IN ('approved', 'released') AND NOT reviewer THEN
      RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:reviewer-only', MESSAGE = 'Only a reviewer can approve or release a briefing.';
    END IF;
  END IF;
  NEW.change_seq := nextval('briefing_desk.change_seq');
  NEW.updated_by := session_user;
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION briefing_desk.history_is_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:history-append-only', MESSAGE = 'The history of the team library is append-only.';
END $$;

CREATE OR REPLACE FUNCTION briefing_desk.before_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing_desk, pg_catalog AS $$
DECLARE
  seq bigint;
BEGIN
  IF NOT pg_has_role(session_user, 'bd_reviewer', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:delete-reviewer-only',
      MESSAGE = 'Only a reviewer can delete a briefing for ever; an author moves it to the Trash.';
  END IF;
  IF NOT OLD.in_trash THEN
    RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'briefing-desk:delete-not-in-trash', MESSAGE = 'Only a briefing in the Trash can be deleted for ever.';
  END IF;
  seq := nextval('briefing_desk.change_seq');
  INSERT INTO briefing_desk.deleted (briefing_id, office, change_seq, deleted_by) VALUES (OLD.id, OLD.office, seq, session_user)
    ON CONFLICT (briefing_id) DO UPDATE SET change_seq = excluded.change_seq, deleted_by = excluded.deleted_by, deleted_at = now();
  PERFORM pg_notify('briefing_desk_changes', seq::text);
  RETURN OLD;
END $$;
`,
};

/** Every server migration, oldest first; numbered with gaps, as the local ones are. */
export const serverMigrations: readonly ServerMigration[] = [teamLibrary, sharedTrash, people, changePeople, refusalKeys];

export const latestServerSchemaVersion = serverMigrations.at(-1)?.version ?? 0;

/**
 * The oldest server schema this version still works with: 50 only adds keys to
 * the refusals, which the client also knows by their English wording, so a
 * server at 40 need not be brought up to date before anyone can sync.
 */
export const oldestCompatibleServerSchemaVersion = 40;

/** The server schema's version, or 0 when Briefing Desk was never set up in this database. */
export async function serverSchemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ found: string | null }>(`SELECT to_regclass('${serverSchema}.server_schema')::text AS found`);
  if (!exists.rows[0]?.found) return 0;
  const result = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${serverSchema}.server_schema`);
  return result.rows[0]?.version ?? 0;
}

/**
 * One sentence when the server's schema is not one this version of the app
 * speaks (from `oldest` to `latest`), undefined when it is. Asked on every connect.
 */
export function serverSchemaProblem(version: number, latest: number = latestServerSchemaVersion, oldest: number = Math.min(latest, oldestCompatibleServerSchemaVersion)): LocalisedMessage | undefined {
  if (version === 0) return { id: 'teamServer.noLibrary' };
  if (version > latest) return { id: 'teamServer.newer', values: { version, latest } };
  if (version < oldest) return { id: 'teamServer.older', values: { version, latest } };
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
      const problem = serverSchemaProblem(current, latest) ?? { id: 'teamServer.newer', values: { version: current, latest } };
      throw Object.assign(new Error(sayLocalised(english, problem)), { code: 'schema', localised: problem });
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
