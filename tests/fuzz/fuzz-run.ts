import fc from 'fast-check';

/**
 * Every property starts from this seed, so CI runs the same cases every
 * time; `FUZZ_SEED=<n>` runs another set, and a failure prints the seed and
 * fast-check's shrunk path to replay exactly that case.
 */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20251121);

/** `FUZZ_SCALE=10` multiplies every run count for a longer search on a developer machine; CI uses 1. */
const scale = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1));

/** A fixed number of runs, scaled by `FUZZ_SCALE`. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * scale));
}

const replayHint = (name: string) =>
  `Replay: FUZZ_SEED=${fuzzSeed} npx vitest run --config tests/fuzz/vitest.fuzz.config.ts -t ${JSON.stringify(name)}`;

/**
 * `fc.assert` with the suite's seed and a fixed run count. On failure the
 * error carries fast-check's report (seed, path, shrunk counterexample) and
 * the command that replays it.
 */
export async function checkProperty<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void | Promise<void>,
  numRuns: number,
): Promise<void> {
  const property = fc.asyncProperty(arbitrary, async (value) => {
    await predicate(value);
  });
  try {
    await fc.assert(property, { seed: fuzzSeed, numRuns });
  } catch (error) {
    // Counterexamples can hold megabytes of text: the report keeps their start, the replay command finds the rest.
    const report = (error instanceof Error ? error.message : String(error)).slice(0, 3_000);
    const cause = error instanceof Error && error.cause instanceof Error ? `${error.cause.message.slice(0, 1_500)}\n` : '';
    // eslint-disable-next-line preserve-caught-error -- its message can be megabytes long (the counterexample); its start is copied above
    throw new Error(`${name}\n${cause}${report}\n${replayHint(name)}`);
  }
}

/** Thousands separated the way the reports print them: 4,200. */
export function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** One line of the run's figures, printed so CI logs show what was tried. */
export function report(line: string): void {
  console.log(`[fuzz seed ${fuzzSeed}] ${line}`);
}
