// `npm run bench:library`: a library of 10,000 generated briefings (English,
// Azerbaijani, Russian). Prints search (FTS5 with snippets) next to a
// LIKE '%word%' scan, autosave of a 100-page briefing (revision checkpoint
// and FTS update included), list/filter, open time (the command line's, with
// integrity_check), the app's start to an interactive library (clean and after
// an unclean shutdown), the background full check, memory and the database
// size. BENCH_BRIEFINGS=100000 for ten times today's scale. The last line is
// one JSON object. Figures only: nothing here fails on a time.
// BENCH_LIBRARY_FILE=/path/library.sqlite keeps the generated corpus: the first run generates into that file, later
// runs with the same BENCH_BRIEFINGS reuse it. Measurements always run on a copy (autosave writes), so the kept file
// stays as generated, in the schema of the code that generated it; a newer schema migrates the copy when it opens.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newBriefingContent } from '../shared/document/new-briefing';
import { findBuiltInTemplate } from '../shared/document/templates/built-in-templates';
import type { LibrarySearchQuery } from '../shared/ipc/briefing-service';
import Database from 'better-sqlite3';
import { unpackBody } from '../electron/storage/body-codec';
import { openLibrary, startLibrary } from '../electron/storage/library';
import { integrityFindings } from '../electron/storage/library-database';
import { generatedBriefing, paragraphs, seededRandom } from './library-corpus';

const count = Number(process.env.BENCH_BRIEFINGS ?? 10_000);
const rounds = 200;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (value: number) => Math.round(value * 100) / 100;
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
function report(name: string, samples: number[]): { p50: number; p95: number } {
  const figures = { p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)) };
  console.log(`${name.padEnd(44)} p50 ${String(figures.p50).padStart(8)} ms   p95 ${String(figures.p95).padStart(8)} ms   (${samples.length} runs)`);
  return figures;
}

const template = findBuiltInTemplate('meeting-readout');
if (!template) throw new Error('meeting-readout template missing');
const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-bench-'));
const file = join(folder, 'library.sqlite');
const keptFile = process.env.BENCH_LIBRARY_FILE;
/** The generated corpus's clock: one briefing a minute from this moment. */
const corpusStart = Date.parse('2026-01-01T08:00:00Z');

try {
  const random = seededRandom(20251121);
  let virtualNow = corpusStart;
  const clock = () => new Date(virtualNow);
  /** Generates `count` briefings into a new library file at `path`, as one transaction; the library is left open. */
  const generateInto = (path: string) => {
    const opened = openLibrary(path, { clock });
    const base = newBriefingContent(template);
    const generate = performance.now();
    opened.database.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        virtualNow += 60_000;
        opened.briefings.create(generatedBriefing(random, base, index));
      }
    })();
    console.log(`generated ${count} briefings in ${ms((performance.now() - generate) / 1000)} s`);
    return opened;
  };
  let library;
  if (keptFile) {
    if (!existsSync(keptFile)) {
      // Generated under another name and renamed when complete: a run cut short leaves no half corpus to reuse.
      mkdirSync(dirname(keptFile), { recursive: true });
      const partial = `${keptFile}.generating`;
      rmSync(partial, { force: true });
      generateInto(partial).close();
      renameSync(partial, keptFile);
    } else {
      console.log(`reusing the corpus in ${keptFile}`);
    }
    // Counted on the copy: a read-only connection to the kept file would leave a -wal and -shm beside it.
    copyFileSync(keptFile, file);
    virtualNow = corpusStart + count * 60_000;
    library = openLibrary(file, { clock });
    const briefings = (library.database.prepare('SELECT count(*) AS n FROM briefings').get() as { n: number }).n;
    if (briefings !== count) throw new Error(`${keptFile} holds ${briefings} briefings, not BENCH_BRIEFINGS=${count}; delete it or set BENCH_BRIEFINGS=${briefings}`);
  } else {
    library = generateInto(file);
  }
  const base = newBriefingContent(template);

  // Search: what people type, folded or not, whole words and words still being typed.
  const queries = ['eliyev', 'Əliyev', 'baki', 'Bakıda', 'москв', 'ёмкость', 'roadmap', 'telecommunication union', 'gence', 'əməkdaşlıq', 'coop', 'стороны обсудили', 'investment energy', 'şuşa', 'ilham'];
  const search = queries.flatMap((text) => Array.from({ length: rounds / queries.length + 1 }, () => text)).slice(0, rounds);
  const searchSamples = search.map((text) => timed(() => library.search.search({ text, limit: 50 })));
  // Each word's first search on its own: later ones of the same words find their counts kept (the library unchanged),
  // as paging and a status tab do in the window; a word typed for the first time counts every match.
  const searchFirstSamples = queries.map((text) => searchSamples[search.indexOf(text)] ?? NaN);
  // The peer scans the bodies' text: a body stored packed (migration 0200) is unpacked for it, as any reader does.
  library.database.function('body_text', { deterministic: true }, (json: unknown, packed: unknown) =>
    unpackBody({ body_json: typeof json === 'string' ? json : '', body_packed: Buffer.isBuffer(packed) ? packed : null }),
  );
  const likeStatement = library.database.prepare(
    `SELECT id, title FROM briefings WHERE trashed_at IS NULL AND (title LIKE @like OR body_text(body_json, body_packed) LIKE @like OR participants_json LIKE @like OR fields_json LIKE @like)
     ORDER BY updated_at DESC LIMIT 50`,
  );
  // Each scan reads the whole file (about 2 GB at 100,000 briefings) and, since bodies are stored packed (migration
  // 0200), unpacks every body (0.4–7 s a scan at 10,000 under load): one scan a word.
  const likeWords = queries;
  const likeSamples = likeWords.map((text) => timed(() => likeStatement.all({ like: `%${text.split(' ')[0]}%` })));

  // List and filter: what the library view asks for with no words.
  const listQueries: LibrarySearchQuery[] = [
    {},
    { language: 'az', sort: 'event-date' },
    { status: 'draft', sort: 'title' },
    { eventFrom: '2025-03-01', eventTo: '2025-05-31' },
    { organisation: 'telecommunication' },
    { templateId: 'meeting-readout', language: 'ru', limit: 100 },
  ];
  const listSamples = Array.from({ length: rounds }, (_, index) => timed(() => library.search.search(listQueries[index % listQueries.length] ?? {})));
  const listFirstSamples = listSamples.slice(0, listQueries.length);

  // Autosave of a 100-page briefing (~50,000 words): one small change per save, two seconds apart, as typing produces.
  const long = library.briefings.create({ ...base, title: 'A 100-page briefing', body: base.body.map((section) => ({ ...section, children: paragraphs(random, 'en', 10_000) })) });
  let revision = long.revision;
  let body = long.body;
  // BENCH_PROFILE=file.cpuprofile records the CPU of the autosave loop (open it in Chrome DevTools' Performance panel).
  const profiler = process.env.BENCH_PROFILE ? new Session() : undefined;
  profiler?.connect();
  await profiler?.post('Profiler.enable');
  await profiler?.post('Profiler.start');
  const saveSamples = Array.from({ length: rounds }, (_, index) => {
    body = structuredClone(body);
    const lede = body[0];
    const last = lede?.children.at(-1);
    if (last && 'children' in last) last.children = [{ text: `${'text' in (last.children[0] ?? {}) ? '' : ''}Edit ${index}.` }];
    virtualNow += 2000;
    return timed(() => {
      revision = library.briefings.save({ id: long.id, baseRevision: revision, body }).revision;
    });
  });
  if (profiler && process.env.BENCH_PROFILE) {
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await profiler.post('Profiler.stop')).profile));
    profiler.disconnect();
  }
  const revisions = library.revisions.list(long.id).length;
  // Where the bytes are (dbstat): the briefings table (rows and their overflow pages), the search index, the revisions.
  const bytesOf = (names: string[]) =>
    (library.database.prepare(`SELECT coalesce(sum(pgsize), 0) AS bytes FROM dbstat WHERE name IN (${names.map(() => '?').join(', ')})`).get(...names) as { bytes: number }).bytes;
  const tableKb = ms(bytesOf(['briefings']) / 1024 / count);
  const searchKb = ms(bytesOf(['briefing_search_data', 'briefing_search_idx', 'briefing_search_docsize', 'briefing_search_config']) / 1024 / count);
  const revisionsKb = ms(bytesOf(['revisions']) / 1024 / count);

  library.close();
  const openSamples = Array.from({ length: 5 }, () => timed(() => openLibrary(file).close()));
  // The app's start to an interactive library: startLibrary, then the window's first list (50 briefings). After a clean
  // close it reads no more than it needs; the full check runs afterwards in a worker (timed here on its own).
  const interactive = () => {
    const started = startLibrary(file);
    started.search.search({ limit: 50 });
    return started;
  };
  const startSamples = Array.from({ length: 5 }, () => timed(() => interactive().close()));
  const rssMb = (() => {
    const started = interactive();
    const rss = process.memoryUsage().rss / 1024 / 1024;
    started.close();
    return rss;
  })();
  // After an unclean shutdown (a -wal and -shm left beside the file; a read-only connection leaves them too). The code
  // before issue #22 ran quick_check first; now the start holds the checkpoints and the check runs in the background.
  const leaveUnclean = () => {
    const reader = new Database(file, { readonly: true });
    reader.pragma('schema_version');
    reader.close();
    if (!existsSync(`${file}-wal`)) throw new Error('no -wal left to start from');
  };
  const uncleanSamples = Array.from({ length: 3 }, () => {
    leaveUnclean();
    return timed(() => interactive().close());
  });
  // The same start to an interactive library: the first list, then a save that has landed (committed, synced).
  const uncleanInteractiveSamples = Array.from({ length: 3 }, (_, index) => {
    leaveUnclean();
    return timed(() => {
      const started = interactive();
      started.briefings.create({ ...newBriefingContent(template), title: `Saved right after an unclean start ${index}` });
      started.close();
    });
  });
  // What the start after an unclean shutdown read before issue #22, on its own (now only the full check in the background reads every page).
  const quickCheckMs = timed(() => {
    const reader = new Database(file, { readonly: true });
    reader.pragma('quick_check');
    reader.close();
  });
  const fullCheckMs = timed(() => {
    if (integrityFindings(file).length > 0) throw new Error('the generated library is damaged');
  });
  const dbBytes = ['', '-wal'].reduce((total, suffix) => {
    try {
      return total + statSync(file + suffix).size;
    } catch {
      return total;
    }
  }, 0);

  console.log('');
  const searchFigures = report('search (FTS5, snippets, 50 hits)', searchSamples);
  const searchFirstFigures = report('  each word searched first (counts taken)', searchFirstSamples);
  const likeFigures = report("LIKE '%word%' scan, same words", likeSamples);
  const saveFigures = report('autosave, 100-page briefing (FTS + revision)', saveSamples);
  const listFigures = report('list / filter (no words)', listSamples);
  const listFirstFigures = report('  each list asked first (counts taken)', listFirstSamples);
  const openMs = ms(percentile(openSamples, 50));
  const startMs = ms(percentile(startSamples, 50));
  const uncleanMs = ms(percentile(uncleanSamples, 50));
  const uncleanInteractiveMs = ms(percentile(uncleanInteractiveSamples, 50));
  const dbMb = ms(dbBytes / 1024 / 1024);
  console.log(`${'open library (integrity_check included)'.padEnd(44)} ${openMs} ms (median of ${openSamples.length}; the command line's open)`);
  console.log(`${'start to an interactive library (app)'.padEnd(44)} ${startMs} ms (median of ${startSamples.length}; start and the first list of 50)`);
  console.log(`${'  the same after an unclean shutdown'.padEnd(44)} ${uncleanMs} ms (median of ${uncleanSamples.length}; with quick_check first before issue #22)`);
  console.log(`${'  … to an interactive library (list + save)'.padEnd(44)} ${uncleanInteractiveMs} ms (median of ${uncleanInteractiveSamples.length}; after an unclean shutdown)`);
  console.log(`${'  quick_check on its own'.padEnd(44)} ${ms(quickCheckMs)} ms (what that start read first before issue #22)`);
  console.log(`${'  full integrity_check, in the background'.padEnd(44)} ${ms(fullCheckMs)} ms (the window is usable meanwhile)`);
  console.log(`${'main process memory with the library open'.padEnd(44)} ${ms(rssMb)} MB resident`);
  console.log(`${'database size'.padEnd(44)} ${dbMb} MB for ${count} briefings; the 100-page one has ${revisions} revisions after ${rounds} saves`);
  console.log(`${'  a briefing, by table (dbstat)'.padEnd(44)} briefings ${tableKb} KB, search index ${searchKb} KB, revisions ${revisionsKb} KB`);
  console.log(
    JSON.stringify({
      search_p95_ms: searchFigures.p95,
      like_p95_ms: likeFigures.p95,
      autosave_p95_ms: saveFigures.p95,
      list_p95_ms: listFigures.p95,
      open_ms: openMs,
      db_mb: dbMb,
      briefings: count,
      search_p50_ms: searchFigures.p50,
      autosave_p50_ms: saveFigures.p50,
      list_p50_ms: listFigures.p50,
      start_ms: startMs,
      start_unclean_ms: uncleanMs,
      start_unclean_interactive_ms: uncleanInteractiveMs,
      quick_check_ms: ms(quickCheckMs),
      full_check_ms: ms(fullCheckMs),
      kb_per_briefing: ms((dbBytes / 1024) / count),
      rss_mb: ms(rssMb),
      search_first_p50_ms: searchFirstFigures.p50,
      search_first_p95_ms: searchFirstFigures.p95,
      list_first_p50_ms: listFirstFigures.p50,
      list_first_p95_ms: listFirstFigures.p95,
      table_kb_per_briefing: tableKb,
      search_kb_per_briefing: searchKb,
      revisions_kb_per_briefing: revisionsKb,
    }),
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
