import { z } from 'zod';
import type { Briefing } from '../document/briefing';
import type { ServiceArgumentSchemas } from './service-contract';

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
}

/** What one sync did, and how the library stands after it. */
export interface TeamSyncResult {
  sent: number;
  received: number;
  newConflicts: number;
  /** Why the server could not be reached, when it could not. */
  offline: string | null;
  status: TeamStatus;
}

/** A briefing the server did not take as saved here: both texts, for a person to choose. */
export interface TeamConflictView {
  briefingId: string;
  title: string;
  /** `conflict`: someone else saved it first; `refused`: the server's rules (rights, roles) said no, in `message`. */
  kind: 'conflict' | 'refused';
  message: string;
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

export const teamChoiceSchema = z.enum(['mine', 'theirs']);
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
  /** A person's decision on a conflict: keep mine (sent as the next revision) or take theirs. */
  resolve(briefingId: string, choice: TeamChoice): Promise<TeamStatus>;
  /** Stops sharing; the briefings stay here as a local copy. */
  disconnect(): Promise<TeamStatus>;
}

export const teamServiceArguments = {
  status: z.tuple([]),
  testConnection: z.tuple([teamConnectRequestSchema]),
  connect: z.tuple([teamConnectRequestSchema]),
  sync: z.tuple([]),
  conflicts: z.tuple([]),
  resolve: z.tuple([z.string().min(1).max(64), teamChoiceSchema]),
  disconnect: z.tuple([]),
} satisfies ServiceArgumentSchemas<TeamService>;
