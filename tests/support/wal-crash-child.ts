// A process that dies with the library's last writes only in its -wal file:
// it opens the library, creates briefings (each a committed transaction,
// acknowledged on stdout), then SIGKILLs itself before any checkpoint moves
// them into the main file. Usage: wal-crash-child <library file> <count> [start].
// With `start` it opens the library as the app does (`startLibrary`), which
// after an unclean shutdown holds its checkpoints itself until the background
// check has passed: a second crash before that check.
import { writeSync } from 'node:fs';
import { openLibrary, startLibrary } from '../../electron/storage/library';
import { newBriefingContent } from '../../shared/document/new-briefing';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';

const [file, countText, mode] = process.argv.slice(2);
const template = findBuiltInTemplate('press-release');
if (!file || !countText || !template) throw new Error('usage: wal-crash-child <library file> <count> [start]');

const library = mode === 'start' ? startLibrary(file) : openLibrary(file);
// The default (1,000 pages) could checkpoint mid-way on a big run; these writes must stay in the -wal.
if (mode !== 'start') library.database.pragma('wal_autocheckpoint = 0');
for (let index = 1; index <= Number(countText); index += 1) {
  library.briefings.create({ ...newBriefingContent(template), title: `Written after the last checkpoint ${index}` });
  writeSync(1, `committed ${index}\n`);
}
process.kill(process.pid, 'SIGKILL');
