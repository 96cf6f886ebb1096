import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { openLibrary, startLibrary } from '../../electron/storage/library';
import { inspectJournal } from '../../electron/storage/wal-journal';
import { bundleNodeChild } from '../support/node-child';
import { templateContent } from '../support/service-errors';
import { crashBody } from './crash-content';

const kills = Number(process.env.CRASH_KILLS ?? 200);
const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-crash-'));
let child: string;

// The child is plain Node: bundled, with better-sqlite3 a real import of the installed addon.
beforeAll(async () => {
  child = await bundleNodeChild(join(import.meta.dirname, 'crash-child.ts'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  ready: number;
  lastAck: number;
}

interface Child {
  /** Resolves once the child has loaded and waits for its turn. */
  loaded: Promise<void>;
  /** Lets it open the library, kills it with SIGKILL `delayMs` after it is ready, and reports the last save it acknowledged. */
  runAndKill(delayMs: number): Promise<Run>;
  /** Kills it if it is still waiting (a failed round leaves the next child waiting). */
  stop(): void;
}

/**
 * Starts a child that loads and then waits: the next round's child starts while the parent still checks the library
 * the last one left, since starting Node and loading the storage code is most of a round's time. It opens the library
 * only once `runAndKill` lets it, after the parent has closed it.
 */
function startChild(file: string, briefingId: string): Child {
  const process_ = spawn(process.execPath, [child, file, briefingId], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  let delayMs: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let markLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  process_.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (output.startsWith('loaded\n')) markLoaded();
    if (timer === undefined && delayMs !== undefined && output.includes('ready')) timer = setTimeout(() => process_.kill('SIGKILL'), delayMs);
  });
  process_.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const ended = new Promise<Run>((resolve, reject) => {
    process_.on('error', reject);
    // 'close', not 'exit': it comes after the child's stdout has been read to the end.
    process_.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child stopped by itself: ${errors || output.slice(-500)}`));
      const lines = output.split('\n');
      const ready = Number(/ready (\d+)/.exec(output)?.[1] ?? NaN);
      // A line cut off by the kill is not an acknowledgement: only complete lines count.
      const acks = lines.slice(0, -1).flatMap((line) => (/^ack (\d+)$/.exec(line) ? [Number(line.slice(4))] : []));
      resolve({ ready, lastAck: acks.at(-1) ?? ready });
    });
  });
  // A child that dies while loading rejects `ended`; `loaded` must not wait for it forever.
  ended.catch(() => markLoaded());
  return {
    loaded,
    runAndKill(delay) {
      delayMs = delay;
      process_.stdin.write('go\n');
      return ended;
    },
    stop() {
      if (process_.exitCode === null && process_.signalCode === null) process_.kill('SIGKILL');
    },
  };
}

/**
 * What "holds exactly the last save that returned success" means across a
 * SIGKILL: the library holds revision `lastAck` (the last save whose "ack"
 * line the child wrote) — or `lastAck + 1` when the kill landed after that
 * save's COMMIT but before its ack was written. Never anything older (an
 * acknowledged save lost), never anything else, and in both cases the body is
 * exactly the one saved at that revision. The second case is not rare: the
 * writes of a killed process stay in the OS cache, so a commit counts once its
 * WAL frame is written, even when the kill lands during the fsync after it.
 *
 * The child starts as the app does. Four rounds in five the parent reads the
 * library as the app's start does too and closes it before its check has
 * passed, so the -wal stays: the next child's start is unclean, and the kill
 * lands before any check could pass — the main file must then be byte for
 * byte what it was, every save since in the -wal. Every fifth round the
 * parent opens it as the command line does (full check, then a checkpoint).
 */
it(`a library survives ${kills} SIGKILLs mid-save, holding the last acknowledged save every time`, async () => {
  const file = join(folder, 'library.sqlite');
  const setup = openLibrary(file);
  const created = setup.briefings.create({ ...templateContent(), title: 'Crash test' });
  const template = created.body;
  setup.close();

  const counts = { kills: 0, exactlyLastAck: 0, inFlightCommitted: 0, integrityOk: 0, savesAcknowledged: 0, uncleanStarts: 0 };
  let next = startChild(file, created.id);
  onTestFinished(() => next.stop());
  for (let round = 0; round < kills; round += 1) {
    const current = next;
    await current.loaded;
    const uncleanStart = existsSync(`${file}-wal`) || existsSync(`${file}-shm`);
    const mainBefore = readFileSync(file);
    const run = await current.runAndKill(Math.random() * 40);
    // The next child loads while this round's library is checked; it opens the library only when its round starts.
    if (round + 1 < kills) next = startChild(file, created.id);
    counts.kills += 1;
    counts.savesAcknowledged += run.lastAck - run.ready;

    // A kill mid-save leaves a -wal SQLite reads back whole: the app must not say the last saves were lost.
    expect(inspectJournal(file), `journal after kill ${round + 1}`).toBe('clean');
    const asTheAppStarts = round % 5 !== 4;
    // The command line's open runs integrity_check before anything else; the app's runs none and holds the checkpoints.
    const library = asTheAppStarts ? startLibrary(file) : openLibrary(file);
    const check = library.check({ full: true });
    expect(check, `integrity after kill ${round + 1}`).toEqual({ ok: true, findings: [] });
    counts.integrityOk += 1;
    const stored = library.briefings.get(created.id);
    expect([run.lastAck, run.lastAck + 1], `revision after kill ${round + 1}`).toContain(stored.revision);
    if (stored.revision === run.lastAck) counts.exactlyLastAck += 1;
    else counts.inFlightCommitted += 1;
    expect(stored.body).toEqual(stored.revision === 1 ? template : crashBody(template, stored.revision));
    library.close();
    if (uncleanStart && asTheAppStarts) {
      counts.uncleanStarts += 1;
      expect(readFileSync(file).equals(mainBefore), `main file untouched before a check passed, kill ${round + 1}`).toBe(true);
      expect(existsSync(`${file}-wal`), `-wal kept, kill ${round + 1}`).toBe(true);
    }
  }
  console.log(
    `crash test: ${counts.kills} kills, integrity ok ${counts.integrityOk}/${counts.kills}, ` +
      `library = last acknowledged save ${counts.exactlyLastAck}, = the save in flight (committed, ack not yet written) ${counts.inFlightCommitted}, ` +
      `${counts.savesAcknowledged} saves acknowledged in all, ${counts.uncleanStarts} kills before a check could pass with the main file untouched`,
  );
  expect(counts.uncleanStarts).toBeGreaterThan(kills / 2);
  expect(counts.exactlyLastAck + counts.inFlightCommitted).toBe(kills);
}, 600_000);
