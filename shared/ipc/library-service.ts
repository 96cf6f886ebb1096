import { z } from 'zod';
import type { ServiceArgumentSchemas } from './service-contract';
import type { LocalisedMessage } from './ipc-result';

export interface BackupInfo {
  /** File name inside the `backups/` folder next to the library. */
  name: string;
  /** Made on start (pruned by the retention policy) or by "Back up library…" (kept until removed by hand). */
  kind: 'automatic' | 'manual';
  createdAt: string;
  bytes: number;
}

/**
 * Whether the library is open. `notice`: it opened, but the person must
 * know something first (its last saves could not be read back after the
 * app stopped; the files as found were kept aside). `recovery`: the file was
 * damaged or not a database; it has been moved aside (never deleted) and
 * the person chooses how to go on.
 */
export type LibraryStatus =
  | { state: 'open'; file: string; notice?: string; localisedNotice?: LocalisedMessage }
  | { state: 'recovery'; file: string; problem: string; movedAsideTo: string; latestBackup: BackupInfo | null };

export const recoveryActions = ['restore-latest-backup', 'start-empty'] as const;
export const recoveryActionSchema = z.enum(recoveryActions);
export type RecoveryAction = z.infer<typeof recoveryActionSchema>;

export interface IntegrityReport {
  ok: boolean;
  /** SQLite's findings when not ok (for a log or a support request). */
  findings: string[];
}

export const backupNameSchema = z.string().regex(/^[\w.-]+\.sqlite$/, 'the name of a file in the backups folder');

export interface LibraryService {
  status(): Promise<LibraryStatus>;
  /** Leaves the recovery state: restore the newest automatic backup, or start an empty library. */
  recover(action: RecoveryAction): Promise<LibraryStatus>;
  /** Backups in the `backups/` folder, newest first. */
  backups(): Promise<BackupInfo[]>;
  /** "Back up library…": a manual backup now. */
  backUp(): Promise<BackupInfo>;
  /** "Restore from backup…": the current file is moved aside first, then the backup becomes the library. */
  restoreBackup(name: string): Promise<LibraryStatus>;
  /** `PRAGMA quick_check` on the open library. */
  check(): Promise<IntegrityReport>;
}

export const libraryServiceArguments = {
  status: z.tuple([]),
  recover: z.tuple([recoveryActionSchema]),
  backups: z.tuple([]),
  backUp: z.tuple([]),
  restoreBackup: z.tuple([backupNameSchema]),
  check: z.tuple([]),
} satisfies ServiceArgumentSchemas<LibraryService>;
