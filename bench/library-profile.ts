// `BENCH_LIBRARY_FILE=… npm run bench:library-profile`: where the library's search and list spend their time, on a
// corpus kept by `bench:library` (BENCH_LIBRARY_FILE; see that file). Works on a copy, opened as the app opens it
// (migrations included). For every statement `LibrarySearch` runs it prints SQLite's EXPLAIN QUERY PLAN once, and
// for each query the benchmark asks, p50 / p95 of the whole call and of its parts: the hits, the counts per status, the
// embargoes, and the rest (the snippets, cut in JavaScript), each round as a query's first (no counts kept). Figures
// only: nothing here fails on a time.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database, Statement } from 'better-sqlite3';
import type { LibrarySearchQuery } from '../shared/ipc/briefing-service';
import { startLibrary } from '../electron/storage/library';
import { LibrarySearch } from '../electron/storage/library-search';

const kept = process.env.BENCH_LIBRARY_FILE;
if (!kept || !existsSync(kept)) throw new Error('Set BENCH_LIBRARY_FILE to a corpus that `npm run bench:library` kept.');
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number) => (Math.round(value * 10) / 10).toFixed(1).padStart(7);

type Part = 'hits' | 'counts' | 'embargoes';
const partOf = (sql: string): Part => (sql.includes('GROUP BY b.status') ? 'counts' : sql.includes('json_each') ? 'embargoes' : 'hits');

/** The database as `LibrarySearch` sees it, with every statement's `all` timed into `spent` and its plan kept in `plans`. */
function timedDatabase(database: Database, spent: Map<Part, number>, plans: Map<string, string[]>): Database {
  return new Proxy(database, {
    get(target, property) {
      if (property !== 'prepare') {
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return (sql: string) => {
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(inner, name) {
            const value = Reflect.get(inner, name, inner) as unknown;
            if (name !== 'all') return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(inner) : value;
            return (...args: unknown[]) => {
              const key = sql.replace(/\s+/g, ' ');
              if (!plans.has(key)) {
                const plan = target.prepare(`EXPLAIN QUERY PLAN ${sql}`) as Statement<unknown[], { detail: string }>;
                plans.set(key, plan.all(...args).map((row) => row.detail));
              }
              const start = performance.now();
              const rows = (inner.all)(...args);
              const part = partOf(sql);
              spent.set(part, (spent.get(part) ?? 0) + performance.now() - start);
              return rows;
            };
          },
        });
      };
    },
  });
}

const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-profile-'));
try {
  const file = join(folder, 'library.sqlite');
  copyFileSync(kept, file);
  const opening = performance.now();
  const library = startLibrary(file);
  console.log(`opened a copy of ${kept} (as the app starts: migrations, and their full check, included) in ${ms(performance.now() - opening)} ms`);
  const spent = new Map<Part, number>();
  const plans = new Map<string, string[]>();
  const timed = timedDatabase(library.database, spent, plans);

  const texts = ['eliyev', 'Əliyev', 'baki', 'Bakıda', 'москв', 'ёмкость', 'roadmap', 'telecommunication union', 'gence', 'əməkdaşlıq', 'coop', 'стороны обсудили', 'investment energy', 'şuşa', 'ilham'];
  const queries: LibrarySearchQuery[] = [
    ...texts.map((text) => ({ text, limit: 50 })),
    {},
    { language: 'az', sort: 'event-date' },
    { status: 'draft', sort: 'title' },
    { eventFrom: '2025-03-01', eventTo: '2025-05-31' },
    { organisation: 'telecommunication' },
    { templateId: 'meeting-readout', language: 'ru', limit: 100 },
  ];
  // CPU: this process's CPU time during the call (SQLite runs on this thread), which another session's load on the
  // machine stretches less than the wall clock; pairs on a shared machine compare it more fairly.
  const cpuTotals: number[] = [];
  console.log(`\n${'query'.padEnd(58)} ${'total p50'.padStart(9)} ${'p95'.padStart(7)} ${'cpu p50'.padStart(7)} | ${'hits'.padStart(7)} ${'counts'.padStart(7)} ${'embargo'.padStart(7)} ${'rest'.padStart(7)} (p50 ms) | matches`);
  for (const query of queries) {
    const totals: number[] = [];
    const cpus: number[] = [];
    const parts = { hits: [] as number[], counts: [] as number[], embargoes: [] as number[], rest: [] as number[] };
    let matches = 0;
    for (let round = 0; round < rounds; round += 1) {
      spent.clear();
      // A new LibrarySearch each round: one keeps the counts of the queries it has answered while the library is
      // unchanged, and this profile times every part of a query asked for the first time.
      const search = new LibrarySearch(timed);
      const cpu = process.cpuUsage();
      const start = performance.now();
      matches = search.search(query).total;
      const total = performance.now() - start;
      const used = process.cpuUsage(cpu);
      totals.push(total);
      cpus.push((used.user + used.system) / 1000);
      let inStatements = 0;
      for (const part of ['hits', 'counts', 'embargoes'] as const) {
        parts[part].push(spent.get(part) ?? 0);
        inStatements += spent.get(part) ?? 0;
      }
      parts.rest.push(total - inStatements);
    }
    const p50 = (samples: number[]) => ms(percentile(samples, 50));
    cpuTotals.push(percentile(cpus, 50));
    console.log(
      `${JSON.stringify(query).padEnd(58)} ${p50(totals).padStart(9)} ${ms(percentile(totals, 95))} ${p50(cpus)} | ${p50(parts.hits)} ${p50(parts.counts)} ${p50(parts.embargoes)} ${p50(parts.rest)}          | ${matches}`,
    );
  }
  const sum = (from: number, to: number) => ms(cpuTotals.slice(from, to).reduce((total, value) => total + value, 0));
  console.log(`\nCPU p50 summed: the ${texts.length} searches ${sum(0, texts.length)} ms, the ${queries.length - texts.length} lists ${sum(texts.length, queries.length)} ms`);
  console.log('\nEXPLAIN QUERY PLAN of every statement run:');
  for (const [sql, plan] of plans) console.log(`\n${sql}\n${plan.map((line) => `  ${line}`).join('\n')}`);
  library.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
