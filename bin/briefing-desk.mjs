#!/usr/bin/env node
// The `briefing-desk` command. The code is bundled by `npm run build:cli`
// (which `npm install` runs through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/briefing-desk.cjs', import.meta.url);
if (existsSync(fileURLToPath(bundle))) {
  await import(bundle.href);
} else {
  process.stderr.write('The command line is not built yet. Run "npm run build:cli" in the Briefing Desk folder.\n');
  process.exitCode = 1;
}
