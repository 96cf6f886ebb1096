#!/usr/bin/env node
// The `briefing-desk` command. The code is bundled by `npm run build:cli`
// (which `npm install` runs through the `prepare` script).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/briefing-desk.cjs', import.meta.url));
if (existsSync(bundle)) {
  // require(), not import(): importing CommonJS from an ES module first scans the whole 5 MB bundle for its named
  // exports (Node's cjs-module-lexer), a third of every call's start; the bundle exports nothing.
  createRequire(import.meta.url)(bundle);
} else {
  process.stderr.write('The command line is not built yet. Run "npm run build:cli" in the Briefing Desk folder.\n');
  process.exitCode = 1;
}
