import { describe, expect, it } from 'vitest';
import { templateContent } from '../../tests/support/service-errors';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibrary } from '../storage/library';
import { runCli } from './cli';
import { terminalLine, terminalText } from './terminal-text';

const hostileTitle = 'Readout\u001b]0;pwned\u0007\u001b[2J\rFAKE\u0000\u009b31m';

describe('terminal output', () => {
  const folder = testLibraryFolder();

  it('escapes every control character, keeping line breaks and tabs only where text has several lines', () => {
    expect(terminalLine(hostileTitle)).toBe('Readout\\x1B]0;pwned\\x07\\x1B[2J\\x0DFAKE\\x00\\u009B31m');
    expect(terminalLine('a\nb\tc')).toBe('a\\x0Ab\\x09c');
    expect(terminalText('Görüş\n\tƏliyev\u001b[31m')).toBe('Görüş\n\tƏliyev\\x1B[31m');
    expect(terminalText('Москва — Bakı, العربية')).toBe('Москва — Bakı, العربية');
  });

  it('list, search and show print a hostile title escaped; --json keeps it exact for scripts', async () => {
    const library = openLibrary(folder.path());
    const created = library.briefings.create({ ...templateContent(), title: hostileTitle });
    library.close();
    const run = async (...args: string[]) => {
      let stdout = '';
      const code = await runCli(['--library', folder.path(), ...args], {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        stderrIsTerminal: false,
        env: {},
        cwd: '/',
        fontsourceFolder: '',
      });
      expect(code).toBe(0);
      return stdout;
    };
    // eslint-disable-next-line no-control-regex -- the point: no control character but line breaks reaches the terminal
    const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;
    for (const output of [await run('list'), await run('search', 'readout'), await run('show', created.id), await run('show', created.id, '--text')]) {
      expect(output).not.toMatch(raw);
    }
    expect(await run('list')).toContain('Readout\\x1B]0;pwned\\x07');
    expect((JSON.parse(await run('show', created.id, '--json')) as { title: string }).title).toBe(hostileTitle);
  });
});
