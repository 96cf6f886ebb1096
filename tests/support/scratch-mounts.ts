import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function probeMount(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'briefing-desk-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * Whether this process may mount file systems. Everything here runs as root,
 * so chmod cannot make a folder read-only for us: a full disk and a
 * read-only folder are real mounts, made and removed by the test itself.
 */
export const canMount = probeMount();

/** The sentence a test suite skipped for want of mounting prints. */
export function mountSkipWarning(suite: string): void {
  if (!canMount) console.warn(`${suite}: skipped — this machine does not let the test mount a tmpfs (needs root or CAP_SYS_ADMIN).`);
}

/** Mounts made by one test, unmounted in reverse order by `unmountAll` (call it in `afterEach` or `finally`). */
export class ScratchMounts {
  private readonly points: string[] = [];

  /** A tmpfs of `size` (`64k`, `2m` …) on the existing folder `at`: a small disk that fills up for real. */
  tmpfs(at: string, size: string): void {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]);
    this.points.push(at);
  }

  /** Makes the existing folder `at` read-only, contents and all, by bind-mounting it over itself read-only. */
  readOnly(at: string): void {
    execFileSync('mount', ['--bind', at, at]);
    this.points.push(at);
    execFileSync('mount', ['-o', 'remount,ro,bind', at]);
  }

  /** Removes the newest mount. */
  unmount(): void {
    const point = this.points.pop();
    if (point) execFileSync('umount', [point]);
  }

  unmountAll(): void {
    while (this.points.length > 0) this.unmount();
  }
}
