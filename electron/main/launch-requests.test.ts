import { describe, expect, it } from 'vitest';
import { isBriefingFilePath, launchRequests } from './launch-requests';

const id = '3f2b8c1e-5d4a-4b6f-9e7d-1a2b3c4d5e6f';

describe('launchRequests', () => {
  it('finds the .briefing.json files a packaged app was started with, resolving relative paths', () => {
    expect(launchRequests(['/opt/Briefing Desk/briefing-desk', 'Readout.briefing.json', '/home/aysel/Press/ITU.BRIEFING.JSON'], '/home/aysel/Downloads')).toEqual([
      { kind: 'import-briefing-file', path: '/home/aysel/Downloads/Readout.briefing.json' },
      { kind: 'import-briefing-file', path: '/home/aysel/Press/ITU.BRIEFING.JSON' },
    ]);
  });

  it('ignores the executable, a development start\'s app folder and the switches Chromium adds to a second start', () => {
    const argv = ['/usr/lib/electron/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=13372', 'notes.json', 'report.docx'];
    expect(launchRequests(argv, '/work')).toEqual([]);
  });

  it('opens the briefing a jump-list entry names, and only a well-formed id', () => {
    expect(launchRequests(['app.exe', `--open-briefing=${id}`, '--open-briefing=../../x', '--open-briefing='], 'C:\\')).toEqual([{ kind: 'open-briefing', briefingId: id }]);
  });

  it('does not take a switch that happens to end in .briefing.json for a file', () => {
    expect(launchRequests(['--user-data-dir=/tmp/x.briefing.json'], '/')).toEqual([]);
    expect(isBriefingFilePath('.briefing.json')).toBe(false);
    expect(isBriefingFilePath('Readout.Briefing.Json')).toBe(true);
  });
});
