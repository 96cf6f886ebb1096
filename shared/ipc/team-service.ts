import { z } from 'zod';
import { briefingSchema, type Briefing } from '../document/briefing';
import type { ServiceArgumentSchemas } from './service-contract';
import type { LocalisedMessage } from './ipc-result';

/** What a person does on the team: the group role their login is granted. */
export const teamRoles = ['author', 'reviewer', 'admin'] as const;
export type TeamRole = (typeof teamRoles)[number];

/**
 * Whether this library is shared with a team server, and how it stands:
 * `local` (one person's library, the default), `online` (the last sync
 * reached the server), `offline` (the server has not been reachable since
 * `offlineSince`; saves wait here and nothing is lost).
 */
export interface TeamStatus {
  state: 'local' | 'online' | 'offline';
  /** The server's address without its password. */
  server: string | null;
  offlineSince: string | null;
  lastSync: string | null;
  /** Saves made here that the server does not have yet. */
  waiting: number;
  /** Briefings in conflict or refused by the server, waiting for a person to decide. */
  conflicts: number;
  /**
   * This login's role as the server said at the last sync, or null (a local
   * library, or not synced yet): what the app offers; the database decides.
   */
  role: TeamRole | null;
}

/** What one sync did, and how the library stands after it. */
export interface TeamSyncResult {
  sent: number;
  received: number;
  newConflicts: number;
  /** Why the server could not be reached, when it could not: English, for `--json` and logs. */
  offline: string | null;
  /** The same reason as a catalog clause (`teamNetwork.*`), said in the interface language. */
  offlineReason: LocalisedMessage | null;
  status: TeamStatus;
}

/** A briefing the server did not take as saved here: both texts, for a person to choose. */
export interface TeamConflictView {
  briefingId: string;
  title: string;
  /** `conflict`: someone else saved it first; `refused`: the server's rules (rights, roles) said no, in `message`. */
  kind: 'conflict' | 'refused';
  /** English, for `--json` and logs. */
  message: string;
  /** The same as a catalog message, said in the interface language; absent for a conflict an older version recorded. */
  localised?: LocalisedMessage;
  mine: Briefing;
  theirs: Briefing | null;
  theirsBy: string | null;
  detectedAt: string;
}

export const teamConnectRequestSchema = z.strictObject({
  /** postgres://user@server/database (a password in it is used and kept apart, never in the library file). */
  url: z.string().min(1).max(2000),
  password: z.string().max(1000).optional(),
});
export type TeamConnectRequest = z.infer<typeof teamConnectRequestSchema>;


/** One login on the team server, its role and the office whose briefings it works on. */
export interface TeamPerson {
  login: string;
  /** `none`: in the members list but in no Briefing Desk group role (changed by hand on the server). */
  role: TeamRole | 'none';
  office: string;
}

export const teamAddPersonRequestSchema = z.strictObject({
  login: z.string().min(1).max(100),
  /** Checked by the service and the database, so that a wrong one is a sentence, not a contract error. */
  role: z.string().min(1).max(100),
  office: z.string().max(200),
  /** Sent to the server only as a SCRAM-SHA-256 verifier. */
  password: z.string().max(1000),
});
export type TeamAddPersonRequest = z.infer<typeof teamAddPersonRequestSchema>;

export const teamChangePersonRequestSchema = z.strictObject({
  login: z.string().min(1).max(100),
  /** Left out: the role stays. Checked by the service and the database, so that a wrong one is a sentence. */
  role: z.string().min(1).max(100).optional(),
  /** Left out: the office stays. */
  office: z.string().max(200).optional(),
});
export type TeamChangePersonRequest = z.infer<typeof teamChangePersonRequestSchema>;

export const teamChoiceSchema = z.enum(['mine', 'theirs', 'merge']);
export type TeamChoice = z.infer<typeof teamChoiceSchema>;

export interface TeamService {
  status(): Promise<TeamStatus>;
  /** Reaches the server with these details and checks its schema, changing nothing here. */
  testConnection(request: TeamConnectRequest): Promise<TeamStatus>;
  /** Shares this library with the server from now on and syncs once; the password goes to the platform's key store. */
  connect(request: TeamConnectRequest): Promise<TeamSyncResult>;
  /** Sends what waits here and receives what is new. */
  sync(): Promise<TeamSyncResult>;
  conflicts(): Promise<TeamConflictView[]>;
  /**
   * A person's decision on a conflict: keep mine (sent as the next revision),
   * take theirs, or `merge`: the briefing the person merged, sent as the next
   * revision after the server's.
   */
  resolve(briefingId: string, choice: TeamChoice, merged?: Briefing): Promise<TeamStatus>;
  /**
   * Deletes a briefing in the Trash for ever, on the server and here (then
   * on every computer at its next sync). The database allows it only to a
   * reviewer or an admin.
   */
  deleteForever(briefingId: string): Promise<TeamStatus>;
  /** Stops sharing; the briefings stay here as a local copy. */
  disconnect(): Promise<TeamStatus>;
  /**
   * Adds a person's login on the team server with a role and an office; the
   * database allows it only to an admin. Returns the people afterwards.
   */
  addPerson(request: TeamAddPersonRequest): Promise<TeamPerson[]>;
  /** The people on the team server this login may see (an admin: all; anyone else: their office). */
  people(): Promise<TeamPerson[]>;
  /** Moves a person to another role and/or office (an admin, not on their own login). Returns the people afterwards. */
  changePerson(request: TeamChangePersonRequest): Promise<TeamPerson[]>;
  /** Takes a person's login away (an admin, not their own); what they wrote stays. Returns the people afterwards. */
  removePerson(login: string): Promise<TeamPerson[]>;
}

export const teamServiceArguments = {
  status: z.tuple([]),
  testConnection: z.tuple([teamConnectRequestSchema]),
  connect: z.tuple([teamConnectRequestSchema]),
  sync: z.tuple([]),
  conflicts: z.tuple([]),
  resolve: z.tuple([z.string().min(1).max(64), teamChoiceSchema, briefingSchema.optional()]),
  deleteForever: z.tuple([z.string().min(1).max(64)]),
  disconnect: z.tuple([]),
  addPerson: z.tuple([teamAddPersonRequestSchema]),
  people: z.tuple([]),
  changePerson: z.tuple([teamChangePersonRequestSchema]),
  removePerson: z.tuple([z.string().min(1).max(100)]),
} satisfies ServiceArgumentSchemas<TeamService>;
