/** `YYYY-MM` of this month and the 5 before it. */
function lastSixMonths(now: Date): Set<string> {
  const months = new Set<string>();
  for (let back = 0; back < 6; back += 1) {
    months.add(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7));
  }
  return months;
}

export interface DatedBackup {
  name: string;
  createdAt: string;
}

/**
 * Which automatic backups to keep: the newest 7, plus the newest of each
 * calendar month (UTC) for 6 months: this one and the five before it. Everything else may go.
 * Manual backups are never passed here: the person made them and removes them.
 * Pure: the clock is an argument.
 */
export function automaticBackupsToRemove(backups: readonly DatedBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, 7).map((backup) => backup.name));
  const monthsKept = new Set<string>();
  const months = lastSixMonths(now);
  for (const backup of newestFirst) {
    const month = backup.createdAt.slice(0, 7);
    if (!months.has(month) || monthsKept.has(month)) continue;
    monthsKept.add(month);
    keep.add(backup.name);
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
