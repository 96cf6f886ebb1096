// The process the crash test kills: opens the library and saves a growing
// briefing in a loop, writing "ack <revision>" to stdout (synchronously, so
// the line is out before the next save starts) after each save returned.
import { writeSync } from 'node:fs';
import { openLibrary } from '../../electron/storage/library';
import { crashBody } from './crash-content';

const [file, briefingId] = process.argv.slice(2);
if (!file || !briefingId) throw new Error('usage: crash-child <library file> <briefing id>');

const library = openLibrary(file);
const stored = library.briefings.get(briefingId);
const template = stored.body;
writeSync(1, `ready ${stored.revision}\n`);
let revision = stored.revision;
for (;;) {
  const saved = library.briefings.save({ id: briefingId, baseRevision: revision, title: `Crash test, revision ${revision + 1}`, body: crashBody(template, revision + 1) });
  revision = saved.revision;
  writeSync(1, `ack ${revision}\n`);
}
