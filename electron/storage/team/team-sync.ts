import { english } from '../../../shared/i18n/english';
import { sayLocalised, type LocalisedMessage } from '../../../shared/ipc/ipc-result';
import pg from 'pg';
import type { TeamRole } from '../../../shared/ipc/team-service';
import { serverSchemaProblem, serverSchemaVersion } from './server-migrations';
import { teamClientConfig } from './team-connection';
import { connectionReason, serverAnswer } from './connection-reason';
import { serverRefusal } from './server-refusal';
import { uploadRevision, type QueuedSave, type ServerBriefing, type TeamConflict, type TeamReplica } from './team-replica';

/** How far below the pull position each pull reads again: change numbers are taken before commit, so they can commit out of order. */
export const pullWindow = 200;
const pullBatch = 500;

/** What one round of sync did. */
export interface SyncReport {
  pushed: number;
  pulled: number;
  /** The briefings a pull changed in the library, for the windows to show. */
  changed: string[];
  /** New conflicts and refusals this round. */
  conflicts: number;
  /** Set when the server could not be reached: the library works on, offline, and nothing queued is lost. English, for the log. */
  offline?: string;
  /** The same reason as a catalog clause (`teamNetwork.*`), for the person. */
  offlineReason?: LocalisedMessage;
}

export interface TeamSyncOptions {
  /** The address from the replica, or one given for this run; a password in it is used, never stored. */
  url: string;
  password?: string;
  /**
   * Called after the server took a save and before it leaves the local
   * queue: the moment a lost connection leaves the client unsure whether
   * its save arrived. The tests stop the server here.
   */
  afterServerAccepted?: (save: QueuedSave) => void;
}

/** The server's own refusals, in one sentence each: rights (42501) and revision rules (40001 from our trigger), by their key. */
function refusalOf(error: unknown): LocalisedMessage | undefined {
  const code = (error as { code?: unknown }).code;
  if (code === '42501' || code === '40001' || code === '23514' || code === '22P02') return serverRefusal(error);
  return undefined;
}

/** A problem of the network or the server's availability (as opposed to a refusal), after which the client is offline. */
function offline(error: unknown): Pick<SyncReport, 'offline' | 'offlineReason'> {
  const message = error instanceof Error ? error.message : String(error);
  return { offline: message || 'the team server could not be reached', offlineReason: connectionReason(error) };
}

type Row = { id: string; status: string; revision: number; content: unknown; change_seq: string; updated_by: string; in_trash: boolean };
const fromRow = (row: Row): ServerBriefing => ({
  id: row.id,
  status: row.status,
  revision: row.revision,
  content: row.content,
  changeSeq: Number(row.change_seq),
  updatedBy: row.updated_by,
  inTrash: row.in_trash,
});
const columns = 'id, status, revision, content, change_seq, updated_by, in_trash';

/** Opens a connection and checks the server's schema: a server newer or older than the app is one sentence. */
export async function connectTeamServer(url: string, password?: string): Promise<pg.Client> {
  const client = new pg.Client(teamClientConfig(url, password));
  // A server that goes away between calls must not crash the process: the next query fails and says so.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const problem = serverSchemaProblem(await serverSchemaVersion(client));
    if (problem) throw Object.assign(new Error(sayLocalised(english, problem)), { code: 'schema', localised: problem });
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/**
 * A briefing that was in the library before it was shared: inserted when
 * the server has none of that id. Already there at this revision with the
 * same text (the library was shared before, or an earlier attempt arrived)
 * it is done, and the pull brings anything newer; otherwise the server's
 * row comes back for a conflict.
 */
async function pushUpload(client: pg.ClientBase, save: QueuedSave): Promise<true | Row> {
  const inserted = await client.query(
    'INSERT INTO briefing_desk.briefings (id, status, revision, content, op_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
    [save.briefingId, save.status, save.revision, save.content, save.opId],
  );
  if ((inserted.rowCount ?? 0) === 1) return true;
  const same = await client.query('SELECT 1 FROM briefing_desk.history WHERE briefing_id = $1 AND revision = $2 AND content = $3::jsonb', [save.briefingId, save.revision, save.content]);
  if ((same.rowCount ?? 0) > 0) return true;
  const existing = await client.query<Row>(`SELECT ${columns} FROM briefing_desk.briefings WHERE id = $1`, [save.briefingId]);
  return existing.rows[0] ?? true;
}

/**
 * Sends the queued saves in order. Each is `UPDATE … WHERE id = $1 AND
 * revision = $base` (or an insert for a briefing the server has not seen);
 * no row means someone else saved first, unless the save's operation id is
 * already in the server's history — then an earlier attempt arrived and
 * only its answer was lost, and the save leaves the queue without being
 * applied twice.
 */
async function push(client: pg.ClientBase, replica: TeamReplica, options: TeamSyncOptions): Promise<{ pushed: number; conflicts: number }> {
  let pushed = 0;
  let conflicts = 0;
  for (;;) {
    const queue = replica.queued();
    if (queue.length === 0) break;
    let progressed = false;
    // A conflict found earlier in this batch dropped the briefing's other saves.
    const inConflict = new Set<string>();
    for (const save of queue) {
      if (inConflict.has(save.briefingId)) continue;
      // The server took the save: it leaves the queue.
      const sent = () => {
        options.afterServerAccepted?.(save);
        replica.sent(save.opId);
        pushed += 1;
        progressed = true;
      };
      // Both versions are kept for a person to decide; the briefing's later saves wait for that decision.
      const inConflictWith = (kind: TeamConflict['kind'], message: LocalisedMessage, theirs: ServerBriefing | undefined) => {
        replica.recordConflict(save.briefingId, kind, message, theirs);
        inConflict.add(save.briefingId);
        conflicts += 1;
        progressed = true;
      };
      let accepted: boolean;
      try {
        if (save.action !== 'save') {
          // To or from the shared Trash: already so on the server (a retry) or not there at all is done too.
          await client.query('UPDATE briefing_desk.briefings SET in_trash = $2 WHERE id = $1 AND in_trash <> $2', [save.briefingId, save.action === 'trash']);
          sent();
          continue;
        }
        if (save.baseRevision === uploadRevision) {
          const upload = await pushUpload(client, save);
          if (upload !== true) {
            inConflictWith('conflict', { id: 'teamConflict.differsFromShared', values: { by: upload.updated_by, revision: upload.revision } }, fromRow(upload));
            continue;
          }
          sent();
          continue;
        }
        const updated = await client.query(
          'UPDATE briefing_desk.briefings SET revision = $3, status = $4, content = $5, op_id = $6 WHERE id = $1 AND revision = $2',
          [save.briefingId, save.baseRevision, save.revision, save.status, save.content, save.opId],
        );
        accepted = (updated.rowCount ?? 0) === 1;
        if (!accepted) {
          const arrived = await client.query('SELECT 1 FROM briefing_desk.history WHERE op_id = $1', [save.opId]);
          if ((arrived.rowCount ?? 0) > 0) accepted = true;
        }
        if (!accepted) {
          const existing = await client.query<Row>(`SELECT ${columns} FROM briefing_desk.briefings WHERE id = $1`, [save.briefingId]);
          const theirs = existing.rows[0];
          if (!theirs) {
            const inserted = await client.query(
              'INSERT INTO briefing_desk.briefings (id, status, revision, content, op_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
              [save.briefingId, save.status, save.revision, save.content, save.opId],
            );
            accepted = (inserted.rowCount ?? 0) === 1;
          } else {
            inConflictWith('conflict', { id: 'teamConflict.savedFirst', values: { by: theirs.updated_by, revision: theirs.revision } }, fromRow(theirs));
            continue;
          }
        }
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        const existing = await client.query<Row>(`SELECT ${columns} FROM briefing_desk.briefings WHERE id = $1`, [save.briefingId]);
        const theirs = existing.rows[0];
        inConflictWith('refused', refusal, theirs ? fromRow(theirs) : undefined);
        continue;
      }
      if (!accepted) {
        // Inserted meanwhile by someone else: the next round finds it as a conflict.
        continue;
      }
      sent();
    }
    if (!progressed) break;
  }
  return { pushed, conflicts };
}

/** Reads every change past the pull position (and a window below it), in batches, into the library. */
async function pull(client: pg.ClientBase, replica: TeamReplica): Promise<string[]> {
  const changed: string[] = [];
  const start = replica.pullPosition();
  let from = Math.max(0, start - pullWindow);
  for (;;) {
    const result = await client.query<Row>(`SELECT ${columns} FROM briefing_desk.briefings WHERE change_seq > $1 ORDER BY change_seq LIMIT $2`, [from, pullBatch]);
    const rows = result.rows.map(fromRow);
    const last = rows.at(-1)?.changeSeq ?? from;
    changed.push(...replica.applyPulled(rows, last));
    if (rows.length < pullBatch) break;
    from = last;
  }
  // Deleted for ever by a reviewer: the same change numbers, read with the same window.
  const since = Math.max(0, start - pullWindow);
  const deleted = await client.query<{ briefing_id: string; change_seq: string }>(
    'SELECT briefing_id, change_seq FROM briefing_desk.deleted WHERE change_seq > $1 ORDER BY change_seq',
    [since],
  );
  if (deleted.rows.length > 0) {
    changed.push(...replica.applyDeleted(deleted.rows.map((row) => row.briefing_id)));
    replica.applyPulled([], Number(deleted.rows.at(-1)?.change_seq ?? 0));
  }
  return changed;
}

/**
 * Deletes a briefing for ever on the server: the database lets only a
 * reviewer or an admin do it, and only for a briefing in the Trash; its
 * refusal comes back as its sentence (code 42501). Returns whether the
 * server had the briefing.
 */
export async function deleteOnServer(url: string, password: string | undefined, briefingId: string): Promise<boolean> {
  const client = await connectTeamServer(url, password);
  try {
    const result = await client.query('DELETE FROM briefing_desk.briefings WHERE id = $1', [briefingId]);
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The connected login's role on the team server: the highest group role it is a member of. */
async function roleOf(client: pg.Client): Promise<TeamRole | undefined> {
  const result = await client.query<{ role: TeamRole | null }>(
    `SELECT CASE WHEN pg_has_role(session_user, 'bd_admin', 'MEMBER') THEN 'admin'
                 WHEN pg_has_role(session_user, 'bd_reviewer', 'MEMBER') THEN 'reviewer'
                 WHEN pg_has_role(session_user, 'bd_author', 'MEMBER') THEN 'author' END AS role`,
  );
  return result.rows[0]?.role ?? undefined;
}

/**
 * One round: connect, push what is queued, pull what is new. A server that
 * cannot be reached marks the library offline (since the first failure) and
 * keeps everything queued; a server of another schema version is one
 * sentence and changes nothing.
 */
export async function syncOnce(replica: TeamReplica, options: TeamSyncOptions): Promise<SyncReport> {
  let client: pg.Client;
  try {
    client = await connectTeamServer(options.url, options.password);
  } catch (error) {
    // Not a network problem: a wrong password, no such database, another schema, a certificate that fails: said, not retried.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code === 'schema' || /^(28|3D)/u.test(code))) throw error;
    if (serverAnswer(error)) throw error;
    replica.markOffline();
    return { pushed: 0, pulled: 0, changed: [], conflicts: 0, ...offline(error) };
  }
  try {
    const { pushed, conflicts } = await push(client, replica, options);
    const changed = await pull(client, replica);
    replica.setRole(await roleOf(client));
    replica.markOnline();
    return { pushed, pulled: changed.length, changed, conflicts };
  } catch (error) {
    if (refusalOf(error)) throw error;
    replica.markOffline();
    return { pushed: 0, pulled: 0, changed: [], conflicts: 0, ...offline(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The app's running sync: a round on start, on a timer, and early when the
 * server's `NOTIFY` says something changed (notifications are lost while
 * offline, so they only ever bring a pull forward; the timer is what
 * guarantees it). Rounds never overlap; one asked for during a round runs
 * right after it.
 */
export class TeamSyncLoop {
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SyncReport> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly replica: TeamReplica,
    private readonly options: TeamSyncOptions & { intervalMs?: number; onSynced?: (report: SyncReport) => void },
  ) {}

  start(): void {
    this.stopped = false;
    void this.syncNow();
    this.timer = setInterval(() => void this.syncNow(), this.options.intervalMs ?? 30_000);
  }

  /** Runs a round now, or right after the one under way. */
  async syncNow(): Promise<SyncReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let report: SyncReport;
      do {
        this.again = false;
        report = await syncOnce(this.replica, this.options).catch((error: unknown) => ({
          pushed: 0,
          pulled: 0,
          changed: [],
          conflicts: 0,
          offline: error instanceof Error ? error.message : String(error),
          offlineReason: serverAnswer(error) ?? serverRefusal(error) ?? connectionReason(error),
        }));
        this.options.onSynced?.(report);
        if (!report.offline) await this.listen();
      } while (this.again && !this.stopped);
      return report;
    })();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async listen(): Promise<void> {
    if (this.listener || this.stopped) return;
    try {
      const listener = await connectTeamServer(this.options.url, this.options.password);
      this.listener = listener;
      const lost = () => {
        if (this.listener === listener) this.listener = undefined;
      };
      listener.on('error', lost);
      listener.on('end', lost);
      listener.on('notification', () => void this.syncNow());
      await listener.query('LISTEN briefing_desk_changes');
    } catch {
      this.listener = undefined;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
