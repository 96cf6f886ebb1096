import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { FuzzReport } from './fuzz-report';

export type FuzzAnswer = FuzzReport | { outcome: 'crashed'; message: string };

/**
 * The fuzz child as a long-lived process (starting Node for each of 200
 * libraries would take most of the run): one library at a time, answered
 * with one JSON line. If the child dies or does not answer in time, that
 * library counts as a crash and the next one gets a new child.
 */
export class FuzzWorker {
  private child: ChildProcessWithoutNullStreams | undefined;
  private output = '';
  private waiting: ((answer: FuzzAnswer) => void) | undefined;

  constructor(
    private readonly script: string,
    private readonly timeoutMs: number,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(process.execPath, [this.script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.output += chunk;
      const end = this.output.indexOf('\n');
      if (end < 0) return;
      const line = this.output.slice(0, end);
      this.output = this.output.slice(end + 1);
      this.settle(JSON.parse(line) as FuzzReport);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors = (errors + chunk).slice(-2000)));
    child.on('close', (code, signal) => {
      // A child killed for a timeout has been counted already; its late close must not answer the next library.
      if (this.child !== child) return;
      this.child = undefined;
      // The thrown error's own line says why; Node's version line comes last.
      const lines = errors.trim().split('\n');
      const why = lines.find((line) => /Error\b/u.test(line)) ?? lines.at(-1) ?? '';
      this.settle({ outcome: 'crashed', message: `the child stopped (${signal ?? `exit code ${code}`}): ${why}` });
    });
    return child;
  }

  private settle(answer: FuzzAnswer): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(answer);
  }

  /** Sends one library file; resolves with the child's report, or a crash. */
  examine(file: string): Promise<FuzzAnswer> {
    this.child ??= this.start();
    this.output = '';
    const child = this.child;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.child = undefined;
        child.kill('SIGKILL');
        this.settle({ outcome: 'crashed', message: `no answer in ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      this.waiting = (answer) => {
        clearTimeout(timer);
        resolve(answer);
      };
      child.stdin.write(`${JSON.stringify({ file })}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }
}
