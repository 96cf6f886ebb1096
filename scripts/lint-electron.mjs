// @ts-check
// `npm run lint:electron`: Electronegativity on the shipped source, offline.
// Fails on any finding above INFORMATIONAL, a file it could not parse, or an
// attempt to use the network. Exceptions are `eng-disable` comments on the
// line, each explained in docs/security.md.
import { fileURLToPath } from 'node:url';
import { scanElectronSecurity, scanFailures, shippedSource } from './electronegativity-scan.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const result = await scanElectronSecurity(projectRoot);
const failures = scanFailures(result);

for (const finding of result.findings) {
  console.log(`${finding.severity === 'INFORMATIONAL' ? 'note' : 'FINDING'}  ${finding.id} (${finding.severity}, ${finding.confidence})  ${finding.file}:${finding.line}  ${finding.description}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const informational = result.findings.filter((finding) => finding.severity === 'INFORMATIONAL').length;
console.log(`Electronegativity: ${result.files} files of ${shippedSource.join(', ')} checked in ${seconds} s: ${informational} informational, ${failures.length} failing.`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`  ${failure}`);
  console.error('Fix the code, or, if it is a false positive, add `// eng-disable CHECK_ID` on that line and explain it in docs/security.md.');
  process.exit(1);
}
