import { buildCli } from './run-cli';

/**
 * Vitest's global setup for the Node tests: bundles the command line once for the whole run, where each CLI test
 * file's `buildCli()` rebuilt it (17 esbuild runs of the same two bundles, and a rebuild could overwrite the bundle
 * while another file's tests were starting it). `buildCli()` does nothing in a run this has built for.
 */
export default function setup(): void {
  buildCli();
  process.env.BRIEFING_DESK_CLI_BUILT = '1';
}
