import type { Library } from '../storage/library';
import { teamReplicaOf } from '../storage/team/team-library';
import { TeamSyncLoop, type SyncReport } from '../storage/team/team-sync';
import { changeNotifier } from './change-feed';
import type { ChangeFeed, TeamPasswords } from './ports';
import { announceChanges } from './team-service';

/** The app's sync while it runs; stopping it waits for a round under way. */
export interface TeamSyncRunner {
  stop(): Promise<void>;
}

/**
 * Keeps a shared library in sync while the app runs: a round at start, then
 * on a timer and whenever the server's NOTIFY says something changed. The
 * windows hear of every briefing a pull changed through the change feed, as
 * they hear of any save. A library that is not shared starts nothing.
 */
export async function startTeamSync(
  library: Library,
  ports: TeamPasswords & ChangeFeed,
  options: { intervalMs?: number; onSynced?: (report: SyncReport) => void } = {},
): Promise<TeamSyncRunner> {
  const replica = teamReplicaOf(library);
  const server = replica.server();
  if (!server) return { stop: async () => undefined };
  const changes = changeNotifier(library, ports);
  const loop = new TeamSyncLoop(replica, {
    url: server,
    password: await ports.teamPassword(server),
    intervalMs: options.intervalMs,
    onSynced: (report) => {
      announceChanges(library, changes, report.changed);
      options.onSynced?.(report);
    },
  });
  loop.start();
  return { stop: () => loop.stop() };
}
