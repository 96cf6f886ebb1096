/**
 * Every step of a benchmark gets a deadline, so a hang (a server that never
 * answers, a page that never renders) ends the run with a sentence instead of
 * sitting until someone kills it. Figures never fail on a time; only a step
 * that cannot finish at all does.
 */
export async function withDeadline<T>(label: string, deadlineMs: number, step: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not finish within ${Math.round(deadlineMs / 1000)} s`)), deadlineMs);
  });
  try {
    return await Promise.race([step(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Signals a process started with `detached: true` together with everything it started (its process group). */
export function killProcessGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}
