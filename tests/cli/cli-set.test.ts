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
  folder = mkdtempSync(join(tmpdir(), 'briefing-desk-cli-set-'));
  library = join(folder, 'library.sqlite');
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { cwd: folder });
const shown = async (id: string) => JSON.parse((await cli('show', id, '--json')).stdout) as { title: string; language: string; status: string; revision: number; fields: Record<string, unknown> };

/** The Azerbaijani sample readout with its text written but no details and no lede yet, as a briefing file. */
function textOnlyFile(): string {
  const briefing = languageBriefing('az');
  briefing.fields = {};
  briefing.body = briefing.body.map((section) => (section.sectionId === 'lede' ? { ...section, children: [{ type: 'paragraph', children: [{ text: '' }] }] } : section));
  const file = join(folder, 'text-only.briefing.json');
  writeFileSync(file, writeBriefingFile(briefing, new Date()));
  return file;
}

// The Details panel and the status menu from a script: a readout filled in, drafted and taken through review.
describe('briefing-desk set and status', { timeout: 120_000 }, () => {
  it('fills in the details a lede is drafted from, checked against the template, and takes the readout through review', async () => {
    const id = (await cli('new', '--template', 'meeting-readout', '--from', textOnlyFile())).stdout.trim();
    // Nobody reviews half a readout: the details and the lede come first.
    const early = await cli('status', id, 'in-review');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/^Meeting date, Location, Host, Guest, Release and the section “Giriş” must be filled in before it goes for review\.\n$/u);
    const set = await cli(
      'set', id,
      '--title', 'Baş nazir BTİ-nin Baş katibi ilə görüşüb',
      '--field', 'meetingDate=2025-11-21',
      '--field', 'location=Bakı',
      '--field', 'host.name=Əli Əsədov',
      '--field', 'host.title=Baş nazir',
      '--field', 'guest.name=Doreen Bogdan-Martin',
      '--field', 'guest.title=Baş katib',
      '--field', 'releaseLine=immediate',
    );
    expect(set.code, set.stderr).toBe(0);
    const briefing = await shown(id);
    expect(String(briefing.revision)).toBe(set.stdout.trim());
    expect(briefing).toMatchObject({ title: 'Baş nazir BTİ-nin Baş katibi ilə görüşüb', fields: { meetingDate: '2025-11-21', location: 'Bakı', host: { name: 'Əli Əsədov', title: 'Baş nazir' } } });
    const drafted = await cli('draft', id);
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(drafted.stdout).toContain('Əli Əsədov');
    expect(drafted.stdout).toContain('Bakıda');

    expect((await cli('set', id, '--field', 'meetingTime=14:30')).code).toBe(0);
    expect((await shown(id)).fields['meetingTime']).toBe('14:30');
    expect((await cli('set', id, '--field', 'meetingTime=')).code).toBe(0);
    expect((await shown(id)).fields['meetingTime']).toBeNull();

    expect(await cli('status', id, 'in-review')).toMatchObject({ code: 0, stdout: 'in-review\n' });
    expect(await cli('status', id, 'released')).toMatchObject({ code: 1, stderr: 'A briefing that is in-review can go to approved or draft, not released.\n' });
    expect((await cli('status', id, 'draft')).stderr).toBe('"Return to draft" needs a reason, for the record: add --reason "…".\n');
    expect((await cli('status', id, 'approved')).code).toBe(0);
    expect((await shown(id)).status).toBe('approved');
    expect((await cli('status', id, 'draft', '--reason', 'The ministry asked for a new quote')).code).toBe(0);
    expect((await shown(id)).status).toBe('draft');
  });

  it('refuses an unknown field, a malformed date, a select value it does not offer and a person without a part, saving nothing', async () => {
    const id = (await cli('new', '--template', 'meeting-readout', '--title', 'Readout')).stdout.trim();
    const before = await shown(id);
    const refusals: [string, string][] = [
      ['venue=Baku', 'The template "Meeting readout" has no field "venue"; its fields are '],
      ['meetingDate=21.11.2025', 'Meeting date must be a date as YYYY-MM-DD, such as 2025-11-21 (got "21.11.2025").'],
      ['classification=secret', 'Classification must be one of '],
      ['host=Ali Asadov', 'Host is a person: set host.name, host.title or host.organisation.'],
    ];
    for (const [assignment, sentence] of refusals) {
      const result = await cli('set', id, '--title', 'Changed', '--field', assignment);
      expect(result.code, assignment).toBe(1);
      expect(result.stderr.startsWith(sentence), result.stderr).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await cli('set', id, '--field', 'no-equals-sign')).code).toBe(2);
    expect(await shown(id)).toEqual(before);
  });

  it('saves a named version, restores an earlier one as a new version, and moves a briefing to the Trash and back', async () => {
    const id = (await cli('new', '--template', 'blank', '--title', 'First title')).stdout.trim();
    const saved = await cli('history', id, '--save', 'Sent to the minister');
    expect(saved.code, saved.stderr).toBe(0);
    const version = saved.stdout.trim();
    expect((await cli('set', id, '--title', 'Second title')).code).toBe(0);
    const listed = await cli('history', id);
    expect(listed.stdout).toContain('Sent to the minister');
    const restored = await cli('history', id, '--restore', version);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(new RegExp(`^Restored version ${version} of .+ as version \\d+\\.\\n$`, 'u'));
    expect((await shown(id)).title).toBe('First title');
    // What was there before the restore is a version too: nothing is overwritten.
    const versions = JSON.parse((await cli('history', id, '--json')).stdout) as { reason: string }[];
    expect(versions.map((entry) => entry.reason)).toContain('restore');
    expect(await cli('history', id, '--restore', '99999')).toMatchObject({ code: 1, stderr: `The briefing has no version 99999; "history ${id}" lists them.\n` });

    expect((await cli('trash', id)).code).toBe(0);
    expect((JSON.parse((await cli('list', '--json')).stdout) as { id: string }[]).map((entry) => entry.id)).not.toContain(id);
    expect((await cli('trash', id, '--restore')).code).toBe(0);
    expect((await shown(id)).title).toBe('First title');
  });
});
