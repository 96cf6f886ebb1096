const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const week = 7 * day;

export interface PrunableRevision {
  id: number;
  createdAt: string;
  label: string | null;
  /** A `followed` revision is kept like a labelled one (it was one before the entry became data). */
  reason?: string;
}

/**
 * How long a revision of each age is kept at what density:
 * - younger than an hour: every one;
 * - younger than a day: one per 10 minutes;
 * - younger than 30 days: one per day;
 * - older: one per week;
 * - a labelled revision ("Save version…"), always; so is a `followed` one
 *   (fields written from another language version), which used to carry its
 *   sentence as a label and is kept as it was then.
 *
 * Buckets are fixed slices of the calendar (UTC), not measured from now, so
 * running pruning again later never removes a revision kept the first time
 * for the same slice; in each slice the newest revision stays.
 */
function bucketOf(createdAt: number, now: number): string | undefined {
  const age = now - createdAt;
  if (age < hour) return undefined;
  if (age < day) return `10m:${Math.floor(createdAt / (10 * minute))}`;
  if (age < 30 * day) return `1d:${Math.floor(createdAt / day)}`;
  return `1w:${Math.floor(createdAt / week)}`;
}

/** The ids of the revisions the policy above lets go. Pure: the clock is an argument. */
export function revisionsToPrune(revisions: readonly PrunableRevision[], now: Date): number[] {
  const kept = new Set<string>();
  const prune: number[] = [];
  const newestFirst = [...revisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  for (const revision of newestFirst) {
    if (revision.label || revision.reason === 'followed') continue;
    const bucket = bucketOf(Date.parse(revision.createdAt), now.getTime());
    if (bucket === undefined) continue;
    if (kept.has(bucket)) prune.push(revision.id);
    else kept.add(bucket);
  }
  return prune;
}
