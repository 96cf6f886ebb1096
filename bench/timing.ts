/**
 * The median of `runs` timed runs of `action` after `warmUp` uncounted ones,
 * printed with every sample as `label  median N ms  (a, b, c…)`. Our code
 * runs in the app's long-lived main process, so it is measured warm; tools
 * that start a process per conversion (pandoc, LibreOffice) are measured as
 * they are used, with no warm-up.
 */
export async function median(label: string, action: () => unknown, { runs = 7, warmUp = 0 }: { runs?: number; warmUp?: number } = {}): Promise<number> {
  for (let run = 0; run < warmUp; run += 1) await action();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const middle = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label.padEnd(34)} median ${middle.toFixed(0).padStart(6)} ms   (${samples.map((sample) => sample.toFixed(0)).join(', ')})`);
  return middle;
}
