// `npm run bench:team`: the team library against a PostgreSQL 15 cluster of
// its own on loopback (as the tests start one). Prints the time for a new
// computer to pull 10,000 briefings, a save's push (connect, push, pull: what
// `team sync` does) p50/p95, and the time from a save on one computer to its
// arrival in another's library through LISTEN/NOTIFY. BENCH_BRIEFINGS changes
// the 10,000. The last line is one JSON object. Figures only: nothing here
// fails on a time.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { demoBriefingContent } from '../shared/document/demo-briefing';
import { findBuiltInTemplate } from '../shared/document/templates/built-in-templates';
import { openLibrary } from '../electron/storage/library';
import { initServer } from '../electron/storage/team/server-migrations';
import { teamServerAddress } from '../electron/storage/team/team-connection';
import { teamReplicaOf } from '../electron/storage/team/team-library';
import { syncOnce } from '../electron/storage/team/team-sync';
import { startTeamSync } from '../electron/services/team-sync-runner';
import { PgCluster } from '../tests/team/support/pg-cluster';

const count = Number(process.env.BENCH_BRIEFINGS ?? 10_000);
const pushes = 200;
const arrivals = 30;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (value: number) => Math.round(value * 100) / 100;
function report(name: string, samples: number[]): { p50: number; p95: number } {
  const figures = { p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)) };
  console.log(`${name.padEnd(52)} p50 ${String(figures.p50).padStart(8)} ms   p95 ${String(figures.p95).padStart(8)} ms   (${samples.length} runs)`);
  return figures;
}

const template = findBuiltInTemplate('meeting-readout');
if (!template) throw new Error('meeting-readout template missing');
const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-bench-team-'));
const cluster = await PgCluster.create();
try {
  const admin = new pg.Client({ connectionString: cluster.superuserUrl });
  await admin.connect();
  await initServer(admin);
  await admin.end();
  const leylaUrl = await cluster.addMember('leyla', 'bd_author', 'baku');
  const ayselUrl = await cluster.addMember('aysel', 'bd_reviewer', 'baku');

  // The server's library: `count` briefings by Leyla, inserted through the same trigger as every save (history, NOTIFY).
  const content = demoBriefingContent(template);
  const seeder = new pg.Client({ connectionString: leylaUrl });
  await seeder.connect();
  const seedStart = performance.now();
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    const ids = Array.from({ length: size }, () => randomUUID());
    const contents = ids.map((_, index) => JSON.stringify({ ...content, title: `Readout ${start + index}: ${content.title}`, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }));
    await seeder.query(
      `INSERT INTO briefing_desk.briefings (id, status, revision, content, op_id)
       SELECT id, 'draft', 1, content::jsonb, gen_random_uuid() FROM unnest($1::text[], $2::text[]) AS t(id, content)`,
      [ids, contents],
    );
  }
  await seeder.end();
  console.log(`server seeded with ${count} briefings in ${Math.round(performance.now() - seedStart)} ms`);

  // A new computer joins: everything comes in one sync.
  const newcomer = openLibrary(join(folder, 'newcomer.sqlite'));
  const newcomerReplica = teamReplicaOf(newcomer);
  newcomerReplica.connect(teamServerAddress(ayselUrl).url);
  const pullStart = performance.now();
  const pulled = await syncOnce(newcomerReplica, { url: ayselUrl });
  const pullMs = performance.now() - pullStart;
  console.log(`new computer pulls ${pulled.pulled} briefings: ${Math.round(pullMs)} ms (${newcomer.briefings.count()} in its library)`);

  // Pushes: one save, then `team sync` (connect, push, pull) on loopback.
  const leyla = openLibrary(join(folder, 'leyla.sqlite'));
  const leylaReplica = teamReplicaOf(leyla);
  leylaReplica.connect(teamServerAddress(leylaUrl).url);
  await syncOnce(leylaReplica, { url: leylaUrl });
  const own = leyla.briefings.create({ ...content, title: 'Pushed' });
  await syncOnce(leylaReplica, { url: leylaUrl });
  const pushSamples: number[] = [];
  for (let round = 0; round < pushes; round += 1) {
    leyla.briefings.save({ id: own.id, baseRevision: leyla.briefings.get(own.id).revision, title: `Pushed ${round}` });
    const start = performance.now();
    await syncOnce(leylaReplica, { url: leylaUrl });
    pushSamples.push(performance.now() - start);
  }
  const push = report('save sent (connect, push, pull)', pushSamples);

  // Arrival: Leyla saves and syncs; Aysel's running app hears the NOTIFY and pulls.
  let arrived: ((id: string) => void) | undefined;
  const runner = await startTeamSync(
    newcomer,
    { teamPassword: async () => 'aysel-password', keepTeamPassword: async () => undefined, onBriefingChanged: (change) => arrived?.(change.briefingId) },
    { intervalMs: 3_600_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const arrivalSamples: number[] = [];
  for (let round = 0; round < arrivals; round += 1) {
    const start = performance.now();
    const heard = new Promise<void>((resolve) => {
      arrived = (id) => {
        if (id === own.id && newcomer.briefings.get(own.id).title === `Arrival ${round}`) resolve();
      };
    });
    leyla.briefings.save({ id: own.id, baseRevision: leyla.briefings.get(own.id).revision, title: `Arrival ${round}` });
    await syncOnce(leylaReplica, { url: leylaUrl });
    await heard;
    arrivalSamples.push(performance.now() - start);
  }
  await runner.stop();
  const arrival = report('save on one computer → in the other’s library', arrivalSamples);
  newcomer.close();
  leyla.close();
  console.log(JSON.stringify({ briefings: count, newComputerPullMs: Math.round(pullMs), push, arrival }));
} finally {
  cluster.remove();
  rmSync(folder, { recursive: true, force: true });
}
