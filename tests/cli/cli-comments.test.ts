import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import { languageBriefing } from '../fixtures/export/language-briefings';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-comments-'));
  library = join(folder, 'library.sqlite');
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

interface ListedThread {
  id: string;
  quote: string;
  resolved: boolean;
  comments: { author: string; at: string; text: string }[];
}

describe('briefing-desk comments and comment', { timeout: 120_000 }, () => {
  it('comments on the first occurrence of a passage, lists it, keeps it through a restore, and refuses text that is not there', async () => {
    const file = join(folder, 'readout.briefing.json');
    writeFileSync(file, writeBriefingFile(languageBriefing('az'), new Date()));
    const id = (await cli('new', '--template', 'meeting-readout', '--from', file)).stdout.trim();
    expect((await cli('comments', id)).stdout).toBe('No comments.\n');

    const added = await cli('comment', id, '--quote', 'süni intellekt', '--text', 'Generativ süni intellekti də qeyd edək?', '--author', 'Leyla Məmmədova');
    expect(added.code, added.stderr).toBe(0);
    const listed = JSON.parse((await cli('comments', id, '--json')).stdout) as ListedThread[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ quote: 'süni intellekt', resolved: false, comments: [{ author: 'Leyla Məmmədova', text: 'Generativ süni intellekti də qeyd edək?' }] });
    const human = (await cli('comments', id)).stdout;
    expect(human).toContain('“süni intellekt”');
    expect(human).toContain('Leyla Məmmədova');

    // Not in the text: one sentence, exit 1, nothing saved.
    const missing = await cli('comment', id, '--quote', 'kvant hesablamaları', '--text', 'Bu haradadır?');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^The briefing has no text “kvant hesablamaları” within one paragraph; .+\n$/u);
    expect(JSON.parse((await cli('comments', id, '--json')).stdout)).toHaveLength(1);
    expect((await cli('comment', id, '--quote', 'süni intellekt')).code).toBe(2);

    // The comment is part of the text's versions: restoring one without it and then the one with it brings it back.
    const named = await cli('history', id, '--save', 'Rəy ilə');
    expect(named.code, named.stderr).toBe(0);
    const versions = JSON.parse((await cli('history', id, '--json')).stdout) as { id: number; label: string | null }[];
    const before = Math.min(...versions.map((version) => version.id));
    expect((await cli('history', id, '--restore', String(before))).code).toBe(0);
    expect(JSON.parse((await cli('comments', id, '--json')).stdout)).toEqual([]);
    const restored = await cli('history', id, '--restore', named.stdout.trim());
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse((await cli('comments', id, '--json')).stdout)).toMatchObject([{ quote: 'süni intellekt', comments: [{ author: 'Leyla Məmmədova' }] }]);
  });
});
