// The process the crash test kills: opens the library and saves a growing
// briefing in a loop, writing "ack <revision>" to stdout (synchronously, so
// the line is out before the next save starts) after each save returned.
// It starts before its turn: it loads, writes "loaded" and waits for a line on
// stdin before it opens the library, so the parent can start the next child
// while it still checks the library the last one left (starting Node and
// loading the storage code is most of a round's time). It opens the library as
// the app does (`startLibrary`): after the last kill, an unclean start, whose
// connection holds its checkpoints because no check has passed yet.
import { writeSync } from 'node:fs';
import { startLibrary } from '../../electron/storage/library';
import { crashBody } from './crash-content';

const [file, briefingId] = process.argv.slice(2);
if (!file || !briefingId) throw new Error('usage: crash-child <library file> <briefing id>');

writeSync(1, 'loaded\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const library = startLibrary(file);
const stored = library.briefings.get(briefingId);
const template = stored.body;
writeSync(1, `ready ${stored.revision}\n`);
let revision = stored.revision;
for (;;) {
  const saved = library.briefings.save({ id: briefingId, baseRevision: revision, title: `Crash test, revision ${revision + 1}`, body: crashBody(template, revision + 1) });
  revision = saved.revision;
  writeSync(1, `ack ${revision}\n`);
}
