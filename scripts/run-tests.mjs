// `npm test`: every stage CI runs, one after the other, stopping at the first that fails (as `a && b && …` did),
// and a table of how long each stage took at the end, so a slow stage shows in every CI log.
import { spawnSync } from 'node:child_process';

/** @type {Array<[name: string, command: string]>} */
const stages = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['lint:electron', 'npm run lint:electron'],
  ['unit and integration', 'npm run test:unit'],
  ['crash', 'npm run test:crash'],
  ['corruption', 'npm run test:corruption'],
  ['fuzz', 'npm run test:fuzz'],
  ['team (PostgreSQL)', 'npm run test:team'],
  ['build', 'npm run build'],
  ['end-to-end', 'npm run test:e2e'],
];

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
/** @type {Array<[name: string, ms: number]>} */
const done = [];
const started = Date.now();
let failed;
for (const [name, command] of stages) {
  const stageStarted = Date.now();
  const { status, signal } = spawnSync(command, { stdio: 'inherit', shell: true });
  done.push([name, Date.now() - stageStarted]);
  if (status !== 0) {
    failed = `${name} failed (${signal ? `signal ${signal}` : `exit ${status}`})`;
    break;
  }
}
console.log('\nTest stages:');
for (const [name, ms] of done) console.log(`  ${name.padEnd(22)} ${seconds(ms).padStart(7)}`);
console.log(`  ${'total'.padEnd(22)} ${seconds(Date.now() - started).padStart(7)}`);
if (failed) {
  console.error(`\nnpm test: ${failed}.`);
  process.exit(1);
}
