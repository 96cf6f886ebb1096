import { defaultAppSettings } from '../../../shared/document/app-settings';
import type { SaveBriefingRequest, SavedBriefing } from '../../../shared/ipc/briefing-service';

/** The parts of a briefing the editor changes; a save sends only what changed. */
export type BriefingChanges = Omit<SaveBriefingRequest, 'id' | 'baseRevision'>;

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict'; reason: string }
  /** The library will never take these changes as they are (the briefing is gone, a value is refused): saving stops. */
  | { kind: 'refused'; reason: string };

/** How a failed save is handled: tried again later, or stopped until the person decides. */
export type SaveFailureKind = 'retry' | 'conflict' | 'refused';

export interface AutosaveOptions {
  /** Writes the changes on top of `baseRevision`. */
  save(changes: BriefingChanges, baseRevision: number): Promise<SavedBriefing>;
  /** A stale revision is a conflict; a disk that is full or busy is worth retrying; anything else is refused. */
  classifyFailure(error: unknown): SaveFailureKind;
  describeError(error: unknown): string;
  baseRevision: number;
  onStatus(status: SaveStatus): void;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest time a change may wait while typing goes on. */
  maxWaitMs?: number;
  /** Delays between retries after a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
  now?: () => number;
}

/**
 * Saves a briefing ~300 ms after the last change and at least every 500 ms
 * while typing goes on (so a crash costs at most half a second of typing), one save at a time. A failed save keeps the changes
 * and retries with back-off; a conflict (another window saved first) stops
 * saving until the person chooses what to do, and nothing is dropped.
 * `flush()` saves at once — call it before switching briefings or closing.
 */
export class AutosaveController {
  private pending: BriefingChanges | undefined;
  private firstPendingAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private failures = 0;
  /** Set by a conflict or a refusal: nothing is saved until the person chooses. */
  private stopped = false;
  private disposed = false;
  private baseRevision: number;
  private debounceMs: number;
  private maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;
  private readonly savedListeners = new Set<(saved: SavedBriefing) => void>();

  constructor(private readonly options: AutosaveOptions) {
    this.baseRevision = options.baseRevision;
    this.debounceMs = options.debounceMs ?? defaultAppSettings.autosave.debounceMs;
    this.maxWaitMs = options.maxWaitMs ?? defaultAppSettings.autosave.maxWaitMs;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000];
    this.now = options.now ?? Date.now;
  }

  /** Takes the timing chosen in Settings; applies from the next change on. */
  setTiming(timing: { debounceMs: number; maxWaitMs: number }): void {
    this.debounceMs = timing.debounceMs;
    this.maxWaitMs = Math.max(timing.maxWaitMs, timing.debounceMs);
  }

  get revision(): number {
    return this.baseRevision;
  }

  /** True while some change is not yet in the library. */
  get hasUnsavedChanges(): boolean {
    return this.pending !== undefined || this.inFlight !== undefined;
  }

  /** Calls `listener` after each successful save; returns the unsubscribe function. */
  onSaved(listener: (saved: SavedBriefing) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** Records a change; later values of the same part replace earlier ones. */
  update(changes: BriefingChanges): void {
    if (this.disposed) return;
    this.pending = { ...this.pending, ...changes };
    this.firstPendingAt ??= this.now();
    // Stopped, or failing and waiting to retry: keep the change and the status the person is reading.
    if (this.stopped || this.failures > 0) return;
    this.options.onStatus({ kind: 'saving' });
    if (this.inFlight) return;
    const waited = this.now() - this.firstPendingAt;
    this.schedule(Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited)));
  }

  /** Saves everything now. Resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (!this.disposed) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.pending || this.stopped) break;
      this.clearTimer();
      await this.saveNow();
      if (this.failures > 0) break;
    }
    return this.pending === undefined && this.inFlight === undefined;
  }

  /**
   * After a conflict: the person chose to keep their version. Saves it on top
   * of `latestRevision`, the revision the other window wrote.
   */
  async overwrite(latestRevision: number, everything: BriefingChanges): Promise<boolean> {
    this.baseRevision = latestRevision;
    this.stopped = false;
    this.pending = { ...everything, ...this.pending };
    return this.flush();
  }

  /** Stops timers; pending changes are abandoned only if the caller has not flushed them. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private saveNow(): Promise<void> {
    if (this.inFlight || !this.pending || this.stopped || this.disposed) return this.inFlight ?? Promise.resolve();
    const changes = this.pending;
    this.pending = undefined;
    this.firstPendingAt = undefined;
    // A retry keeps the failure on screen (the banner and its "Try again now") until a save succeeds: the briefing is
    // still not saved, and a banner that blinked away during each attempt would pull its button from under the click.
    if (this.failures === 0) this.options.onStatus({ kind: 'saving' });
    const attempt = this.options
      .save(changes, this.baseRevision)
      .then(
        (saved) => {
          this.baseRevision = saved.revision;
          this.failures = 0;
          for (const listener of this.savedListeners) listener(saved);
        },
        (error: unknown) => {
          // Put the unsaved changes back under any made since; the newer ones win.
          this.pending = { ...changes, ...this.pending };
          this.firstPendingAt ??= this.now();
          const kind = this.options.classifyFailure(error);
          if (kind !== 'retry') {
            this.stopped = true;
            this.options.onStatus({ kind, reason: this.options.describeError(error) });
            return;
          }
          this.failures += 1;
          this.options.onStatus({ kind: 'failed', reason: this.options.describeError(error) });
        },
      )
      .finally(() => {
        this.inFlight = undefined;
        if (this.disposed || this.stopped) return;
        if (this.failures > 0) {
          const delays = this.retryDelaysMs;
          this.schedule(delays[Math.min(this.failures, delays.length) - 1] ?? 30_000);
        } else if (this.pending) {
          this.schedule(0);
        } else {
          this.options.onStatus({ kind: 'saved' });
        }
      });
    this.inFlight = attempt;
    return attempt;
  }
}
