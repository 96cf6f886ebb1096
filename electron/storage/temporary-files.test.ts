import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { writeExportFile } from '../files/write-export-file';
import { exportBriefingToPath } from './briefing-files';
import { openLibrary } from './library';
import { partialPathBeside, removeStalePartials, stalePartialAgeMs } from '../files/temporary-file';

const unix = process.platform !== 'win32';

describe('temporary files', () => {
  const folder = testLibraryFolder();

  it('gives every write its own unguessable temporary name beside the target', () => {
    const first = partialPathBeside('/office/readout.sqlite');
    expect(first).toMatch(/^\/office\/\.readout\.sqlite\.[0-9a-f]{32}\.partial$/u);
    expect(partialPathBeside('/office/readout.sqlite')).not.toBe(first);
  });

  it.skipIf(!unix)('a backup or a briefing file never writes through a link planted at the old fixed temporary name', async () => {
    const library = openLibrary(folder.path());
    const briefing = library.briefings.create(templateContent());
    const scratch = dirname(folder.path());
    const victim = join(scratch, 'victim.txt');
    writeFileSync(victim, 'Not to be overwritten');
    symlinkSync(victim, join(scratch, 'copy.sqlite.partial'));
    symlinkSync(victim, join(scratch, 'readout.briefing.json.partial'));

    await library.backups.writeTo(join(scratch, 'copy.sqlite'));
    exportBriefingToPath(library, briefing.id, join(scratch, 'readout.briefing.json'));
    expect(readFileSync(victim, 'utf8')).toBe('Not to be overwritten');
    expect(lstatSync(join(scratch, 'copy.sqlite')).isFile()).toBe(true);
    expect(readdirSync(scratch).filter((name) => name.endsWith('.partial') && !lstatSync(join(scratch, name)).isSymbolicLink())).toEqual([]);
    library.close();
  });

  it.skipIf(!unix)('refuses to replace what is not a regular file (a FIFO here, as /dev/null would be) and leaves it as it was', async () => {
    const library = openLibrary(folder.path());
    const scratch = dirname(folder.path());
    const fifo = join(scratch, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(writeExportFile(fifo, 'text')).rejects.toThrow(
      `The export was not saved: it is not a regular file (a device, a pipe or a socket). Nothing was changed at “${fifo}”.`,
    );
    await expect(library.backups.writeTo(fifo)).rejects.toThrow('The backup could not be made: it is not a regular file (a device, a pipe or a socket).');
    const briefing = library.briefings.create(templateContent());
    expect(thrownBy(() => exportBriefingToPath(library, briefing.id, fifo)).message).toBe(
      'The briefing file could not be written: it is not a regular file (a device, a pipe or a socket).',
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    library.close();
  });

  it('clears what killed backups left (temporary files and their journals), but not a write still going on', async () => {
    const library = openLibrary(folder.path());
    const scratch = dirname(folder.path());
    const target = join(scratch, 'nightly.sqlite');
    const old = (Date.now() - 2 * stalePartialAgeMs) / 1000;
    const litter = [partialPathBeside(target), `${partialPathBeside(target)}-journal`, `${target}.partial`, `${target}.partial-journal`];
    for (const path of litter) {
      writeFileSync(path, 'half a backup');
      utimesSync(path, old, old);
    }
    const running = partialPathBeside(target);
    writeFileSync(running, 'a backup being written right now');
    const unrelated = join(scratch, 'notes.partial');
    writeFileSync(unrelated, 'the person’s own file');
    utimesSync(unrelated, old, old);

    await library.backups.writeTo(target);
    const left = readdirSync(scratch);
    for (const path of litter) expect(left).not.toContain(path.slice(scratch.length + 1));
    expect(left).toContain(running.slice(scratch.length + 1));
    expect(left).toContain('notes.partial');
    expect(left).toContain('nightly.sqlite');
    library.close();
  });

  it('clears every stale temporary file in the app’s own backup folder', () => {
    const scratch = dirname(folder.path());
    const stale = join(scratch, 'library-2026-11-29T05-10-00-000Z-automatic.sqlite.partial');
    writeFileSync(stale, 'half');
    const old = (Date.now() - 2 * stalePartialAgeMs) / 1000;
    utimesSync(stale, old, old);
    expect(removeStalePartials(scratch)).toEqual(['library-2026-11-29T05-10-00-000Z-automatic.sqlite.partial']);
  });
});
