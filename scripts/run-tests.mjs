// `npm test`: every stage CI runs, stopping at the first that fails (as `a && b && …` did), and a table of how long
// each stage took at the end, so a slow stage shows in every CI log.
import { spawn } from 'node:child_process';

/**
 * The stages in order; the stages of one step run side by side. The type check and ESLint each keep one core busy
 * (tsc and ESLint's own TypeScript program are single-threaded), so on CI's two cores they take the time of the
 * longer instead of the sum. A stage run beside another has its output held back and printed when it ends, whole.
 * @type {Array<Array<[name: string, command: string]>>}
 */
const steps = [
  [
    ['lint', 'npm run lint'],
    ['typecheck', 'npm run typecheck'],
  ],
  [['lint:electron', 'npm run lint:electron']],
  [['unit and integration', 'npm run test:unit']],
  [['crash', 'npm run test:crash']],
  [['corruption', 'npm run test:corruption']],
  [['fuzz', 'npm run test:fuzz']],
  [['team (PostgreSQL)', 'npm run test:team']],
  [['build', 'npm run build']],
  [['end-to-end', 'npm run test:e2e']],
];

/**
 * @param {string} command
 * @param {boolean} alongside whether another stage runs at the same time (then the output is held back)
 * @returns {Promise<{ status: number | null, signal: NodeJS.Signals | null, ms: number }>}
 */
function run(command, alongside) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { stdio: alongside ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: true });
    /** @type {Array<[stream: NodeJS.WriteStream, chunk: Buffer]>} */
    const held = [];
    child.stdout?.on('data', (chunk) => held.push([process.stdout, chunk]));
    child.stderr?.on('data', (chunk) => held.push([process.stderr, chunk]));
    child.on('close', (status, signal) => {
      for (const [stream, chunk] of held) stream.write(chunk);
      resolve({ status, signal, ms: Date.now() - started });
    });
  });
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
/** @type {Array<[name: string, ms: number]>} */
const done = [];
const started = Date.now();
/** @type {string | undefined} */
let failed;
for (const step of steps) {
  const results = await Promise.all(step.map(([, command]) => run(command, step.length > 1)));
  step.forEach(([name], index) => {
    const { status, signal, ms } = results[index] ?? { status: 1, signal: null, ms: 0 };
    done.push([step.length > 1 ? `${name} (alongside)` : name, ms]);
    if (status !== 0 && !failed) failed = `${name} failed (${signal ? `signal ${signal}` : `exit ${status}`})`;
  });
  if (failed) break;
}
console.log('\nTest stages:');
for (const [name, ms] of done) console.log(`  ${name.padEnd(26)} ${seconds(ms).padStart(7)}`);
console.log(`  ${'total'.padEnd(26)} ${seconds(Date.now() - started).padStart(7)}`);
if (failed) {
  console.error(`\nnpm test: ${failed}.`);
  process.exit(1);
}
