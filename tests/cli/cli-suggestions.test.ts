import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefingFile } from '../../shared/document/briefing-file';
import { languageBriefing } from '../fixtures/export/language-briefings';
import { reviewedSample, suggestFormatting, suggestReplacement } from '../support/suggested-body';
import { buildCli, runCli } from './run-cli';

let folder: string;
let library: string;

beforeAll(() => {
  buildCli();
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-suggestions-'));
  library = join(folder, 'library.sqlite');
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });

interface ListedSuggestion {
  id: string;
  kind: 'insert' | 'delete' | 'format';
  marks?: { added: string[]; removed: string[] };
  author: string;
  at: string;
  text: string;
}

describe('briefing-desk suggestions and suggestion', { timeout: 120_000 }, () => {
  it('lists suggested changes, refuses approval while one is open, accepts and rejects them one by one or all', async () => {
    const briefing = languageBriefing('az');
    const body = suggestReplacement(briefing.body, 'süni intellekt', 'generativ süni intellekt', 'Leyla Məmmədova');
    const file = join(folder, 'readout.briefing.json');
    writeFileSync(file, writeBriefingFile({ ...briefing, body }, new Date()));
    const id = (await cli('new', '--template', 'meeting-readout', '--from', file)).stdout.trim();

    const listed = JSON.parse((await cli('suggestions', id, '--json')).stdout) as ListedSuggestion[];
    expect(listed.map(({ kind, text, author }) => ({ kind, text, author }))).toEqual([
      { kind: 'delete', text: 'süni intellekt', author: 'Leyla Məmmədova' },
      { kind: 'insert', text: 'generativ süni intellekt', author: 'Leyla Məmmədova' },
    ]);
    const human = (await cli('suggestions', id)).stdout;
    expect(human).toContain('delete “süni intellekt” — Leyla Məmmədova');
    expect(human).toContain('insert “generativ süni intellekt”');

    expect((await cli('status', id, 'in-review')).code).toBe(0);
    const refused = await cli('status', id, 'approved');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('2 suggested changes are still open; accept or reject them before the briefing is approved.\n');

    const [deletion, insertion] = listed;
    const accepted = await cli('suggestion', id, '--accept', insertion?.id ?? '');
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(JSON.parse((await cli('suggestions', id, '--json')).stdout)).toEqual([deletion]);
    expect((await cli('status', id, 'approved')).stderr).toBe('A suggested change is still open; accept or reject it before the briefing is approved.\n');

    // Not there: one sentence, exit 1, nothing saved; no decision at all is a usage error.
    const unknown = await cli('suggestion', id, '--reject', 'no-such-id');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^The briefing has no suggested change no-such-id; "suggestions .+" lists them\.\n$/u);
    expect((await cli('suggestion', id)).code).toBe(2);
    expect((await cli('suggestion', id, '--accept-all', '--reject-all')).code).toBe(2);

    expect((await cli('suggestion', id, '--reject-all')).code).toBe(0);
    expect((await cli('suggestions', id)).stdout).toBe('No suggested changes.\n');
    const text = JSON.parse((await cli('show', id, '--json')).stdout) as { body: unknown };
    expect(JSON.stringify(text.body)).toContain('generativ süni intellekt');
    expect(JSON.stringify(text.body)).not.toContain('"suggestion"');
    expect((await cli('suggestion', id, '--accept-all')).stderr).toBe('The briefing has no suggested changes.\n');
    const approved = await cli('status', id, 'approved');
    expect(approved.code, approved.stderr).toBe(0);
  });

  it('lists a suggested formatting change with the marks it switches, in the interface language, and rejecting it leaves the words plain', async () => {
    const briefing = languageBriefing('az');
    const body = suggestFormatting(briefing.body, 'süni intellekt', 'bold', 'Leyla Məmmədova');
    const file = join(folder, 'bold.briefing.json');
    writeFileSync(file, writeBriefingFile({ ...briefing, body }, new Date()));
    const id = (await cli('new', '--template', 'meeting-readout', '--from', file)).stdout.trim();

    const listed = JSON.parse((await cli('suggestions', id, '--json')).stdout) as ListedSuggestion[];
    expect(listed.map(({ kind, text, author, marks }) => ({ kind, text, author, marks }))).toEqual([
      { kind: 'format', text: 'süni intellekt', author: 'Leyla Məmmədova', marks: { added: ['bold'], removed: [] } },
    ]);
    expect((await cli('suggestions', id)).stdout).toContain('format “süni intellekt”: Bold — Leyla Məmmədova');
    const russian = await runCli(['--library', library, 'suggestions', id], { cwd: folder, env: { LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout, russian.stderr).toContain('форматирование «süni intellekt»: полужирный — Leyla Məmmədova');

    expect((await cli('suggestion', id, '--reject', listed[0]?.id ?? '')).code).toBe(0);
    expect((await cli('suggestions', id)).stdout).toBe('No suggested changes.\n');
    const text = JSON.stringify((JSON.parse((await cli('show', id, '--json')).stdout) as { body: unknown }).body);
    expect(text).toContain('süni intellekt');
    expect(text).not.toContain('"bold"');
    expect(text).not.toContain('formatSuggestion');
  });

  it('export --review writes a DOCX that imports back with the same comments and suggested changes; another format refuses it', async () => {
    const file = join(folder, 'reviewed.briefing.json');
    writeFileSync(file, writeBriefingFile(reviewedSample(), new Date()));
    const id = (await cli('new', '--template', 'meeting-readout', '--from', file)).stdout.trim();
    const docx = join(folder, 'reviewed.docx');
    const exported = await cli('export', id, '--format', 'docx', '--review', '--out', docx);
    expect(exported.code, exported.stderr).toBe(0);
    const refused = await cli('export', id, '--format', 'html', '--review', '--out', join(folder, 'reviewed.html'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('Comments and suggested changes can be exported only in a Word document (DOCX).\n');

    const imported = await cli('import', docx, '--template', 'meeting-readout');
    expect(imported.code, imported.stderr).toBe(0);
    const copy = imported.stdout.trim();
    const suggestions = async (of: string) => (JSON.parse((await cli('suggestions', of, '--json')).stdout) as ListedSuggestion[]).map(({ kind, author, at, text }) => ({ kind, author, at, text }));
    expect(await suggestions(copy)).toEqual(await suggestions(id));
    expect(await suggestions(copy)).toHaveLength(2);
    const threads = async (of: string) => (JSON.parse((await cli('comments', of, '--json')).stdout) as { quote: string; comments: unknown[] }[]).map(({ quote, comments }) => ({ quote, comments }));
    expect(await threads(copy)).toEqual(await threads(id));
  });
});
