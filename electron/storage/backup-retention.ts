/** `YYYY-MM` of this month and the `count - 1` before it. */
function lastMonths(now: Date, count: number): Set<string> {
  const months = new Set<string>();
  for (let back = 0; back < count; back += 1) {
    months.add(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7));
  }
  return months;
}

/** How many automatic backups stay: the newest `daily`, plus one a month for `monthly` months (Settings). */
export interface BackupRetention {
  daily: number;
  monthly: number;
}

export const defaultBackupRetention: BackupRetention = { daily: 7, monthly: 6 };

export interface DatedBackup {
  name: string;
  createdAt: string;
}

/**
 * Which automatic backups to keep: the newest `daily` (7 by default), plus the newest of each
 * calendar month (UTC) for `monthly` months (6: this one and the five before it). Everything else may go.
 * Manual backups are never passed here: the person made them and removes them.
 * Pure: the clock is an argument.
 */
export function automaticBackupsToRemove(backups: readonly DatedBackup[], now: Date, retention: BackupRetention = defaultBackupRetention): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, retention.daily).map((backup) => backup.name));
  const monthsKept = new Set<string>();
  const months = lastMonths(now, retention.monthly);
  for (const backup of newestFirst) {
    const month = backup.createdAt.slice(0, 7);
    if (!months.has(month) || monthsKept.has(month)) continue;
    monthsKept.add(month);
    keep.add(backup.name);
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
