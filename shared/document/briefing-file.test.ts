import { describe, expect, it } from 'vitest';
import { newBriefingContent } from './new-briefing';
import { findBuiltInTemplate } from './templates/built-in-templates';
import type { Briefing } from './briefing';
import { briefingFileName, readBriefingFile, writeBriefingFile } from './briefing-file';

function briefing(): Briefing {
  const template = findBuiltInTemplate('meeting-readout');
  if (!template) throw new Error('no template');
  const content = newBriefingContent(template, 'Görüş — Встреча');
  return {
    ...content,
    id: '7d3f0c36-6f1e-4a55-9a55-1b0b7c3f4a10',
    status: 'approved',
    createdAt: '2025-11-21T09:00:00.000Z',
    updatedAt: '2025-11-21T10:00:00.000Z',
    revision: 7,
  };
}

describe('.briefing.json', () => {
  it('round-trips a briefing without its library id and revision', () => {
    const original = briefing();
    const text = writeBriefingFile(original, new Date('2025-11-22T08:00:00Z'), 'Meeting readout');
    const read = readBriefingFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.file).toMatchObject({ format: 'briefing-desk/briefing', version: 3, exportedAt: '2025-11-22T08:00:00.000Z' });
    expect(read.file.languageVersion).toBeUndefined();
    // No pictures in the body, no pictures member.
    expect(text).not.toContain('"pictures"');
    const { id: _id, revision: _revision, ...content } = original;
    expect(read.file.briefing).toEqual(content);
    expect(text).not.toContain(original.id);
  });

  it('keeps reading version 1 and 2 files, and carries a language version link since version 2', () => {
    const original = briefing();
    const version1 = JSON.parse(writeBriefingFile(original, new Date('2025-11-22T08:00:00Z'))) as Record<string, unknown>;
    version1.version = 1;
    const read1 = readBriefingFile(JSON.stringify(version1));
    if (!read1.ok) throw new Error(read1.message);
    expect(read1.file.version).toBe(3);
    const { id: _id, revision: _revision, ...content } = original;
    expect(read1.file.briefing).toEqual(content);
    // A link is a version 2 member: a version 1 file that claims one is damaged.
    const link = { family: '5b0e4d38-7f43-4a61-9d1e-0a8f3b7c2e99', sourceLanguage: 'az', upToDate: { lede: 'Görüş keçirilib.' } };
    expect(readBriefingFile(JSON.stringify({ ...version1, languageVersion: link }))).toMatchObject({ ok: false });
    const read2 = readBriefingFile(writeBriefingFile(original, new Date(), undefined, link));
    if (!read2.ok) throw new Error(read2.message);
    expect(read2.file.languageVersion).toEqual(link);
    const version2 = { ...(JSON.parse(writeBriefingFile(original, new Date(), undefined, link)) as Record<string, unknown>), version: 2 };
    const readVersion2 = readBriefingFile(JSON.stringify(version2));
    expect(readVersion2).toMatchObject({ ok: true, file: { version: 3, languageVersion: link } });
    // Pictures are a version 3 member: a version 2 file that claims some is damaged.
    expect(readBriefingFile(JSON.stringify({ ...version2, pictures: {} }))).toMatchObject({ ok: false });
  });

  it('explains what is wrong with a bad file in one sentence', () => {
    expect(readBriefingFile('{"format": ')).toEqual({ ok: false, message: 'This file is not a Briefing Desk briefing: it is not valid JSON.', localised: { id: 'briefingFile.notJson' } });
    expect(readBriefingFile('{"hello": 1}')).toMatchObject({ ok: false, message: 'This file is not a Briefing Desk briefing (.briefing.json).' });
    const newer = JSON.stringify({ format: 'briefing-desk/briefing', version: 9 });
    expect(readBriefingFile(newer)).toMatchObject({ ok: false, message: expect.stringContaining('newer version of Briefing Desk (file format 9)') as string });
    const file = JSON.parse(writeBriefingFile(briefing(), new Date())) as { briefing: { status: string } };
    file.briefing.status = 'published';
    const damaged = readBriefingFile(JSON.stringify(file));
    expect(damaged).toMatchObject({ ok: false, message: expect.stringMatching(/^This briefing file is damaged: briefing\.status — /) as string });
  });

  it('says a member is missing rather than "received undefined", on one line whatever the keys hold (found by tests/fuzz)', () => {
    const file = JSON.parse(writeBriefingFile(briefing(), new Date())) as { briefing: Record<string, unknown> };
    delete file.briefing.title;
    expect(readBriefingFile(JSON.stringify(file))).toMatchObject({ ok: false, message: 'This briefing file is damaged: briefing.title — missing.' });
    file.briefing.title = 'T';
    file.briefing[`\u001b]0;owned\u0007\n${'k'.repeat(1000)}`] = 1;
    const { message } = readBriefingFile(JSON.stringify(file)) as { message: string };
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    expect(message).not.toMatch(/[\u0000-\u001f]/u);
    expect(message.length).toBeLessThan(300);
  });

  it('refuses a link with a script URL, as the editor does', () => {
    const file = JSON.parse(writeBriefingFile(briefing(), new Date())) as { briefing: { body: { children: unknown[] }[] } };
    file.briefing.body[0]!.children = [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }];
    expect(readBriefingFile(JSON.stringify(file)).ok).toBe(false);
  });

  it('makes a file name every system accepts', () => {
    expect(briefingFileName('Readout: Baku / Москва?')).toBe('Readout Baku Москва.briefing.json');
    expect(briefingFileName('  ')).toBe('Untitled briefing.briefing.json');
  });
});
