import type { Database } from 'better-sqlite3';
import { briefingSchema, type Briefing, type BriefingStatus } from '../../../shared/document/briefing';
import { english } from '../../../shared/i18n/english';
import { catalogs } from '../../../shared/i18n/messages';
import { sayLocalised, ServiceError, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { teamRoles, type TeamRole } from '../../../shared/ipc/team-service';
import type { BriefingTemplate } from '../../../shared/document/template';
import { bodyInJsonSql, packBody, unpackQueuedBody } from '../body-codec';
import { briefingFromRow, eventDateOf, reindexBriefing, type BriefingRow } from '../briefing-rows';
import { deleteSearchDocument } from '../search-index';
import { withStorageErrors } from '../storage-error';

/** One save waiting to be sent, in the order it was made. */
export interface QueuedSave {
  seq: number;
  opId: string;
  briefingId: string;
  baseRevision: number;
  revision: number;
  status: string;
  content: unknown;
  /** `save` sends the text; `trash` and `restore` move the briefing to or from the shared Trash. */
  action: 'save' | 'trash' | 'restore';
}

/**
 * The base revision of an upload queued at connect: a briefing that was in
 * the library before it was shared. The server takes it only if it has no
 * briefing of that id; one it has at this very revision and text is already
 * there; any other is a conflict, both texts kept.
 */
export const uploadRevision = -1;

/** A briefing as pulled from the server. */
export interface ServerBriefing {
  id: string;
  status: string;
  revision: number;
  content: unknown;
  changeSeq: number;
  updatedBy: string;
  /** In the shared Trash. */
  inTrash?: boolean;
}

/** A briefing whose save the server did not take: both texts are kept here until a person decides. */
export interface TeamConflict {
  briefingId: string;
  /** `conflict`: someone else saved it first; `refused`: the server's rules (rights, roles) said no. */
  kind: 'conflict' | 'refused';
  /** Why, in English (what `--json` and the log show). */
  message: string;
  /** The same as a catalog message, for the person; absent for a conflict recorded by a version before it was kept. */
  localised?: LocalisedMessage;
  title: string;
  mine: Briefing;
  theirs: Briefing | null;
  theirsBy: string | null;
  detectedAt: string;
}

/** A queued save's content as the server takes it: a body queued packed (see `bodyInJsonSql`) goes as JSON. */
function queuedContent(json: string): unknown {
  const content = JSON.parse(json) as unknown;
  if (typeof content !== 'object' || content === null || !('body' in content)) return content;
  return { ...content, body: unpackQueuedBody(content.body) };
}

/**
 * A conflict's reason as stored: a catalog message as JSON, or (written by a
 * version before 50 of the server schema's refusal keys) the English sentence
 * itself, which is then shown as it is.
 */
function storedMessage(stored: string): LocalisedMessage | undefined {
  if (!stored.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(stored) as { id?: unknown };
    return typeof parsed.id === 'string' && Object.hasOwn(catalogs.en, parsed.id) ? (parsed as LocalisedMessage) : undefined;
  } catch {
    return undefined;
  }
}

/** The server's row as a briefing of this library, or undefined when its content is not one this version can read. */
export function briefingFromServer(row: Pick<ServerBriefing, 'id' | 'status' | 'revision' | 'content'>): Briefing | undefined {
  const parsed = briefingSchema.safeParse({ ...(row.content as object), id: row.id, status: row.status, revision: row.revision });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The team's part of the library file (tables of migration 0140): the
 * server's address, the pull position, the queue of unsent saves and the
 * conflicts. Writing what the server sent marks the transaction `applying`,
 * so the queue triggers do not send it back.
 */
export class TeamReplica {
  constructor(
    private readonly database: Database,
    private readonly findTemplate: (id: string) => BriefingTemplate | undefined,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get(key: string): string | undefined {
    return this.database.prepare<[string], { value: string }>('SELECT value FROM team_state WHERE key = ?').get(key)?.value;
  }

  private set(key: string, value: string | undefined): void {
    if (value === undefined) this.database.prepare('DELETE FROM team_state WHERE key = ?').run(key);
    else this.database.prepare('INSERT INTO team_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** The server's address (without a password), or undefined for a library of one person. */
  server(): string | undefined {
    return withStorageErrors({ id: 'storage.teamSettingsRead' }, () => this.get('server'));
  }

  /**
   * Shares this library from now on: later saves are queued for `server`,
   * and every briefing already here is queued once as an upload, so the
   * team sees the whole library at the first sync and not only what is
   * saved again. An upload only adds a briefing the server does not have
   * (see `uploadRevision`); connecting again queues nothing twice. The pull
   * starts from the beginning when the server is a new one.
   */
  connect(server: string): void {
    withStorageErrors({ id: 'storage.teamSettingsSave' }, () =>
      this.database.transaction(() => {
        if (this.get('server') !== server) {
          this.set('pullPosition', '0');
          this.set('role', undefined);
        }
        this.set('server', server);
        this.database
          .prepare(
            `INSERT INTO team_outbox (op_id, briefing_id, base_revision, revision, status, content_json, queued_at)
             SELECT lower(hex(randomblob(16))), b.id, ${uploadRevision}, b.revision, b.status,
               json_object('templateId', b.template_id, 'title', b.title, 'language', b.language, 'fields', json(b.fields_json),
                 'participants', json(b.participants_json), 'body', ${bodyInJsonSql('b')}, 'createdAt', b.created_at, 'updatedAt', b.updated_at),
               ?
             FROM briefings b
             WHERE b.trashed_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM team_outbox o WHERE o.briefing_id = b.id)
               AND NOT EXISTS (SELECT 1 FROM team_conflicts c WHERE c.briefing_id = b.id)
             ORDER BY b.created_at, b.id`,
          )
          .run(this.clock().toISOString());
      })(),
    );
  }

  /** Stops sharing: the briefings stay as a local copy; what was not sent stays queued in case the library is connected again. */
  disconnect(): void {
    withStorageErrors({ id: 'storage.teamSettingsSave' }, () =>
      this.database.transaction(() => {
        this.set('server', undefined);
        this.set('role', undefined);
      })(),
    );
  }

  /**
   * The login's role as the server said at the last sync (`author`,
   * `reviewer`, `admin`), so that the app offers only what the database will
   * allow, offline too; undefined until a sync has reached the server. The
   * database still decides every action.
   */
  role(): TeamRole | undefined {
    const role = this.get('role');
    return (teamRoles as readonly string[]).includes(role ?? '') ? (role as TeamRole) : undefined;
  }

  setRole(role: TeamRole | undefined): void {
    withStorageErrors({ id: 'storage.teamStatusSave' }, () => this.set('role', role));
  }

  pullPosition(): number {
    return Number(this.get('pullPosition') ?? '0');
  }

  offlineSince(): string | undefined {
    return this.get('offlineSince');
  }

  lastSync(): string | undefined {
    return this.get('lastSync');
  }

  markOnline(): void {
    withStorageErrors({ id: 'storage.teamStatusSave' }, () =>
      this.database.transaction(() => {
        this.set('offlineSince', undefined);
        this.set('lastSync', this.clock().toISOString());
      })(),
    );
  }

  /** Offline since the first failed attempt, not the latest: "offline since Monday" stays true all week. */
  markOffline(): void {
    withStorageErrors({ id: 'storage.teamStatusSave' }, () => {
      if (this.get('offlineSince') === undefined) this.set('offlineSince', this.clock().toISOString());
    });
  }

  waiting(): number {
    return this.database.prepare<[], { n: number }>('SELECT count(*) AS n FROM team_outbox').get()?.n ?? 0;
  }

  /** Saves waiting, oldest first, leaving out the briefings in conflict: nothing more is sent for them until a person decides. */
  queued(limit = 500): QueuedSave[] {
    return this.database
      .prepare<[number], { seq: number; op_id: string; briefing_id: string; base_revision: number; revision: number; status: string; content_json: string; action: QueuedSave['action'] }>(
        `SELECT * FROM team_outbox WHERE briefing_id NOT IN (SELECT briefing_id FROM team_conflicts) ORDER BY seq LIMIT ?`,
      )
      .all(limit)
      .map((row) => ({
        seq: row.seq,
        opId: row.op_id,
        briefingId: row.briefing_id,
        baseRevision: row.base_revision,
        revision: row.revision,
        status: row.status,
        content: queuedContent(row.content_json),
        action: row.action,
      }));
  }

  /** The server has this save: it leaves the queue. */
  sent(opId: string): void {
    this.database.prepare('DELETE FROM team_outbox WHERE op_id = ?').run(opId);
  }

  private row(id: string): BriefingRow | undefined {
    return this.database.prepare<[string], BriefingRow>('SELECT * FROM briefings WHERE id = ?').get(id);
  }

  /**
   * The server refused a save: the briefing is put in conflict with this
   * library's text ("mine") and the server's ("theirs") side by side. For a
   * refusal the library shows the server's state again (the step was not
   * allowed); for a conflict it keeps the person's own text. Its queued
   * saves are dropped: "mine" is the newest of them.
   */
  recordConflict(briefingId: string, kind: TeamConflict['kind'], message: LocalisedMessage, theirs: ServerBriefing | undefined): void {
    const write = this.database.transaction(() => {
      const current = this.row(briefingId);
      if (!current) return;
      const mine = briefingFromRow(current);
      this.database
        .prepare(
          `INSERT INTO team_conflicts (briefing_id, kind, message, mine_json, theirs_json, theirs_revision, theirs_by, detected_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (briefing_id) DO UPDATE SET kind = excluded.kind, message = excluded.message, mine_json = excluded.mine_json,
             theirs_json = excluded.theirs_json, theirs_revision = excluded.theirs_revision, theirs_by = excluded.theirs_by`,
        )
        .run(
          briefingId,
          kind,
          // The catalog message as JSON, so the conflict reads in whatever language the person has when they look.
          JSON.stringify(message),
          JSON.stringify(mine),
          theirs ? JSON.stringify(briefingFromServer(theirs) ?? null) : null,
          theirs?.revision ?? null,
          theirs?.updatedBy ?? null,
          this.clock().toISOString(),
        );
      this.database.prepare('DELETE FROM team_outbox WHERE briefing_id = ?').run(briefingId);
      if (kind === 'refused' && theirs) this.writeFromServer(theirs);
    });
    withStorageErrors({ id: 'storage.conflictRecord' }, () => write.immediate());
  }

  conflictCount(): number {
    return this.database.prepare<[], { n: number }>('SELECT count(*) AS n FROM team_conflicts').get()?.n ?? 0;
  }

  conflicts(): TeamConflict[] {
    return this.database
      .prepare<[], { briefing_id: string; kind: 'conflict' | 'refused'; message: string; mine_json: string; theirs_json: string | null; theirs_by: string | null; detected_at: string }>(
        'SELECT * FROM team_conflicts ORDER BY detected_at, briefing_id',
      )
      .all()
      .map((row) => {
        const mine = briefingSchema.parse(JSON.parse(row.mine_json));
        const theirs = row.theirs_json ? briefingSchema.nullable().parse(JSON.parse(row.theirs_json)) : null;
        const localised = storedMessage(row.message);
        const message = localised ? sayLocalised(english, localised) : row.message;
        return { briefingId: row.briefing_id, kind: row.kind, message, ...(localised ? { localised } : {}), title: mine.title, mine, theirs, theirsBy: row.theirs_by, detectedAt: row.detected_at };
      });
  }

  /**
   * A person's decision on a conflict. `theirs`: the server's text becomes
   * this library's. `mine`: this library's text is sent as the next revision
   * after the server's. `merge`: the text the person merged (starting from
   * either) is written here and sent the same way, as the revision after
   * the server's latest one this library has seen; if the server moved on
   * meanwhile, that push is a new conflict, never a silent overwrite.
   * Either way the conflict is closed and nothing else is queued for the
   * briefing.
   */
  resolve(briefingId: string, choice: 'mine' | 'theirs' | 'merge', merged?: Briefing): void {
    const write = this.database.transaction(() => {
      const conflict = this.database
        .prepare<[string], { theirs_json: string | null; theirs_revision: number | null; kind: string }>('SELECT theirs_json, theirs_revision, kind FROM team_conflicts WHERE briefing_id = ?')
        .get(briefingId);
      if (!conflict) throw new ServiceError('not-found', { id: 'teamServer.noConflict' });
      const theirs = conflict.theirs_json ? briefingSchema.nullable().parse(JSON.parse(conflict.theirs_json)) : null;
      const current = this.row(briefingId);
      if (!current) throw new ServiceError('not-found', { id: 'errors.noBriefing', values: { id: briefingId } });
      this.database.prepare('DELETE FROM team_conflicts WHERE briefing_id = ?').run(briefingId);
      this.database.prepare('DELETE FROM team_outbox WHERE briefing_id = ?').run(briefingId);
      if (choice === 'theirs') {
        if (!theirs) throw new ServiceError('invalid-argument', { id: 'teamServer.noTheirs' });
        this.writeFromServer({ id: briefingId, status: theirs.status, revision: theirs.revision, content: theirs, changeSeq: 0, updatedBy: '' });
        return;
      }
      // Mine or the merge, as the revision after theirs: written at theirs' revision without queuing, then saved once more, which queues it.
      const base = conflict.theirs_revision ?? 0;
      if (choice === 'merge') {
        if (!merged) throw new ServiceError('invalid-argument', { id: 'teamServer.mergeMissing' });
        if (merged.id !== briefingId) throw new ServiceError('invalid-argument', { id: 'teamServer.mergeOtherBriefing', values: { id: merged.id } });
        if (!this.writeFromServer({ id: briefingId, status: merged.status, revision: Math.max(base, 1), content: merged, changeSeq: 0, updatedBy: '' })) {
          throw new ServiceError('invalid-argument', { id: 'teamServer.mergeMissing' });
        }
      }
      this.applying(() => this.database.prepare('UPDATE briefings SET revision = ? WHERE id = ?').run(base, briefingId));
      this.database.prepare('UPDATE briefings SET revision = revision + 1, updated_at = ? WHERE id = ?').run(this.clock().toISOString(), briefingId);
    });
    withStorageErrors({ id: 'storage.conflictResolve' }, () => write.immediate());
  }

  private applying(work: () => void): void {
    this.set('applying', '1');
    try {
      work();
    } finally {
      this.set('applying', undefined);
    }
  }

  /** Writes the server's version into the library, without queuing it. */
  private writeFromServer(row: ServerBriefing): boolean {
    const briefing = briefingFromServer(row);
    if (!briefing) return false;
    const values = {
      id: briefing.id,
      templateId: briefing.templateId,
      title: briefing.title,
      language: briefing.language,
      status: briefing.status satisfies BriefingStatus,
      fields: JSON.stringify(briefing.fields),
      participants: JSON.stringify(briefing.participants),
      ...packBody(JSON.stringify(briefing.body)),
      eventDate: eventDateOf(this.findTemplate(briefing.templateId), briefing.fields),
      createdAt: briefing.createdAt,
      updatedAt: briefing.updatedAt,
      revision: briefing.revision,
      trashedAt: row.inTrash ? this.clock().toISOString() : null,
    };
    this.applying(() => {
      this.database
        .prepare(
          `INSERT INTO briefings (id, template_id, title, language, status, fields_json, participants_json, body_json, body_packed, event_date, created_at,
             updated_at, revision, trashed_at)
           VALUES (@id, @templateId, @title, @language, @status, @fields, @participants, @body_json, @body_packed, @eventDate, @createdAt,
             @updatedAt, @revision, @trashedAt)
           ON CONFLICT (id) DO UPDATE SET template_id = excluded.template_id, title = excluded.title, language = excluded.language,
             status = excluded.status, fields_json = excluded.fields_json, participants_json = excluded.participants_json,
             body_json = excluded.body_json, body_packed = excluded.body_packed, event_date = excluded.event_date, updated_at = excluded.updated_at, revision = excluded.revision,
             trashed_at = CASE WHEN excluded.trashed_at IS NULL THEN NULL ELSE coalesce(briefings.trashed_at, excluded.trashed_at) END`,
        )
        .run(values);
      reindexBriefing(this.database, briefing.id);
    });
    return true;
  }

  /**
   * Briefings a reviewer deleted for ever on the server: gone here too, with
   * their search entry (their history on the server stays). Returns the ids
   * that were here.
   */
  applyDeleted(ids: readonly string[]): string[] {
    const write = this.database.transaction(() => {
      const gone: string[] = [];
      for (const id of ids) {
        const row = this.database.prepare<[string], { rowid: number }>('SELECT rowid FROM briefings WHERE id = ?').get(id);
        this.database.prepare('DELETE FROM team_outbox WHERE briefing_id = ?').run(id);
        this.database.prepare('DELETE FROM team_conflicts WHERE briefing_id = ?').run(id);
        if (!row) continue;
        this.applying(() => {
          deleteSearchDocument(this.database, row.rowid);
          this.database.prepare('DELETE FROM briefings WHERE rowid = ?').run(row.rowid);
        });
        gone.push(id);
      }
      return gone;
    });
    return withStorageErrors({ id: 'storage.teamUpdate' }, () => write.immediate());
  }

  /**
   * Writes what a pull brought, in one transaction, and moves the pull
   * position to `position`. A briefing with saves still queued is left for
   * the push (which finds any conflict); one in conflict gets the server's
   * newest text as "theirs"; one this library already has at that revision
   * or later is skipped. Returns the ids of the briefings that changed here.
   */
  applyPulled(rows: readonly ServerBriefing[], position: number): string[] {
    const write = this.database.transaction(() => {
      const changed: string[] = [];
      const revisionOf = this.database.prepare<[string], { revision: number; trashed_at: string | null }>('SELECT revision, trashed_at FROM briefings WHERE id = ?');
      const hasQueued = this.database.prepare<[string], { found: number }>('SELECT 1 AS found FROM team_outbox WHERE briefing_id = ? LIMIT 1');
      const inConflict = this.database.prepare<[string], { theirs_revision: number | null }>('SELECT theirs_revision FROM team_conflicts WHERE briefing_id = ?');
      for (const row of rows) {
        const conflict = inConflict.get(row.id);
        if (conflict) {
          if ((conflict.theirs_revision ?? 0) < row.revision) {
            this.database
              .prepare('UPDATE team_conflicts SET theirs_json = ?, theirs_revision = ?, theirs_by = ? WHERE briefing_id = ?')
              .run(JSON.stringify(briefingFromServer(row) ?? null), row.revision, row.updatedBy, row.id);
          }
          continue;
        }
        if (hasQueued.get(row.id)) continue;
        const local = revisionOf.get(row.id);
        if (local && local.revision >= row.revision) {
          // The same text, moved to or from the Trash on another computer.
          if (row.inTrash !== undefined && local.revision === row.revision && Boolean(local.trashed_at) !== row.inTrash) {
            this.applying(() => this.database.prepare('UPDATE briefings SET trashed_at = ? WHERE id = ?').run(row.inTrash ? this.clock().toISOString() : null, row.id));
            changed.push(row.id);
          }
          continue;
        }
        if (this.writeFromServer(row)) changed.push(row.id);
      }
      if (position > this.pullPosition()) this.set('pullPosition', String(position));
      return changed;
    });
    return withStorageErrors({ id: 'storage.teamUpdate' }, () => write.immediate());
  }
}
