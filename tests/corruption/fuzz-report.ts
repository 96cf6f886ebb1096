/** What the fuzz child saw of one damaged library (see fuzz-child.ts). */
export type FuzzReport =
  /** `startLibrary` threw a ServiceError: one sentence, the file left where it was. */
  | { outcome: 'refused'; message: string }
  /** `startLibrary` threw something else: a bug. */
  | { outcome: 'untyped'; message: string }
  /** Moved aside; `recoveryWorks`: "Start an empty library" then opened one. */
  | { outcome: 'recovery'; movedAsideTo: string; recoveryWorks: boolean; untyped: string[] }
  | {
      /** Opened; `notice`: with the status's notice that the last saves could not be read back. */
      outcome: 'open' | 'notice';
      notice?: string;
      /** A digest of every briefing the window could read, by id. */
      briefings: Record<string, string>;
      /** Briefings whose `get` failed with a typed error (a value that no longer parses). */
      unreadable: number;
      /** Whether the first save after the damage succeeded. */
      wrote: boolean;
      /** SQLite's integrity_check findings on the file afterwards (none when sound). */
      integrity: string[];
      /** Internal (untyped) errors the invoker logged: bugs. */
      untyped: string[];
    };
