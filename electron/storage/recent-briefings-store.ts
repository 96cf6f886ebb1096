import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { briefingIdSchema } from '../../shared/document/briefing';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import type { SettingsStore } from './settings-store';
import { withStorageErrors } from './storage-error';

const recentBriefingsKey = 'recentBriefings';
/** As many as File › Open Recent shows; Word shows more, but a press office works on a handful at a time. */
export const maxRecentBriefings = 10;

// Damaged or hand-edited values read as "no recent briefings" rather than stopping the menu from being built.
const recentIdsSchema = z.array(briefingIdSchema).max(maxRecentBriefings * 2).catch([]);

/** The ids with `id` first, each once, at most `max`. */
export function withRecent(ids: readonly string[], id: string, max = maxRecentBriefings): string[] {
  return [id, ...ids.filter((other) => other !== id)].slice(0, max);
}

/**
 * The briefings a person opened lately, newest first, for File › Open Recent,
 * the welcome screen and the operating system's recent list. Kept in the
 * library (not in the window's storage) so every window and the next start
 * see the same list. Briefings in the Trash, or deleted, drop out.
 */
export class RecentBriefingsStore {
  constructor(
    private readonly database: Database,
    private readonly settings: SettingsStore,
  ) {}

  /** Puts the briefing at the top of the list. */
  remember(briefingId: string): RecentBriefing[] {
    this.settings.set(recentBriefingsKey, withRecent(this.ids(), briefingId));
    return this.list();
  }

  list(): RecentBriefing[] {
    const ids = this.ids();
    if (ids.length === 0) return [];
    const rows = withStorageErrors({ id: 'storage.recentRead' }, () =>
      this.database
        .prepare<string[], RecentBriefing>(`SELECT id, title FROM briefings WHERE trashed_at IS NULL AND id IN (${ids.map(() => '?').join(', ')})`)
        .all(...ids),
    );
    const titles = new Map(rows.map((row) => [row.id, row.title]));
    return ids.flatMap((id) => {
      const title = titles.get(id);
      return title === undefined ? [] : [{ id, title }];
    });
  }

  /** Whether the briefing is on the list as stored (a trashed one too, which `list` leaves out until it is restored). */
  includes(briefingId: string): boolean {
    return this.ids().includes(briefingId);
  }

  clear(): void {
    this.settings.set(recentBriefingsKey, []);
  }

  private ids(): string[] {
    return this.settings.get(recentBriefingsKey, recentIdsSchema) ?? [];
  }
}
