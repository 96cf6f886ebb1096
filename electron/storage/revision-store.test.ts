import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { draftLede } from '../../shared/document/draft-lede';
import { resolveFieldReference } from '../../shared/document/field-references';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { textStats } from '../../shared/document/text-stats';
import { sampleBriefing } from '../../tests/fixtures/export/sample-briefings';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { templateContent, thrownBy } from '../../tests/support/service-errors';
import { openLibrary, type Library } from './library';

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-29T09:00:00.000Z') {
  let now = Date.parse(start);
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const minute = 60_000;

function withLede(body: BriefingBody, text: string): BriefingBody {
  const copy = structuredClone(body);
  copy[0]!.children = [{ type: 'paragraph', children: [{ text }] }];
  return copy;
}

describe('RevisionStore', () => {
  const folder = testLibraryFolder();
  let library: Library | undefined;
  afterEach(() => library?.close());

  function open(clock: () => Date): Library {
    library = openLibrary(folder.path(), { clock });
    return library;
  }

  it('counts a version’s words as the status bar does: a field reference counts as the words it shows', () => {
    const opened = open(manualClock().clock);
    const readout = sampleBriefing('meeting-readout');
    const template = findBuiltInTemplate(readout.templateId);
    const lede = template ? draftLede(template, readout.language, readout.fields) : undefined;
    if (!template || !lede) throw new Error('meeting readout template missing');
    // The lede drafted from the details: names, titles and the date are field references.
    const sample = { ...readout, body: readout.body.map((section, index) => (index === 0 ? { ...section, children: [lede] } : section)) };
    const created = opened.briefings.create({ templateId: sample.templateId, title: sample.title, language: sample.language, fields: sample.fields, participants: sample.participants, body: sample.body });
    const recorded = opened.revisions.record(created.id, { reason: 'manual', label: 'Counted' });
    const shown = textStats(sample.body, (reference) => resolveFieldReference(reference, template, sample.fields, sample.language).value).words;
    expect(recorded.words).toBe(shown);
    expect(shown).toBeGreaterThan(textStats(sample.body).words);
  });

  it('leaves one autosave checkpoint per 5 minutes of typing, not one per save', () => {
    const time = manualClock();
    const { briefings, revisions } = open(time.clock);
    const created = briefings.create(templateContent());
    let revision = created.revision;
    // Ten minutes of typing, a save every 2 seconds.
    for (let second = 0; second < 600; second += 2) {
      revision = briefings.save({ id: created.id, baseRevision: revision, body: withLede(created.body, `word ${second}`) }).revision;
      time.advance(2000);
    }
    const history = revisions.list(created.id);
    expect(history.map((entry) => entry.reason)).toEqual(['autosave', 'autosave']);
    expect(history.map((entry) => entry.createdAt)).toEqual(['2026-11-29T09:05:00.000Z', '2026-11-29T09:00:00.000Z']);
    expect(revisions.get(history[1]!.id).body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'word 0' }] }]);
  });

  it('records a labelled version with its word count, and never prunes it', () => {
    const time = manualClock();
    const { briefings, revisions } = open(time.clock);
    const created = briefings.create(templateContent());
    briefings.save({ id: created.id, baseRevision: 1, body: withLede(created.body, 'Əliyev met Bogdan-Martin in Bakı') });
    const labelled = revisions.record(created.id, { reason: 'manual', label: 'Sent to the minister' });
    expect(labelled).toMatchObject({ reason: 'manual', label: 'Sent to the minister', words: 5, briefingRevision: 2 });
    // 40 days of daily exports later, the labelled version is still there; the unlabelled checkpoints thinned out.
    for (let day = 0; day < 40; day += 1) {
      time.advance(24 * 60 * minute);
      revisions.record(created.id, { reason: 'export' });
      revisions.record(created.id, { reason: 'export' });
    }
    const history = revisions.list(created.id);
    expect(history.filter((entry) => entry.label === 'Sent to the minister')).toHaveLength(1);
    expect(history.filter((entry) => entry.reason === 'export').length).toBeLessThan(40);
    expect(history.filter((entry) => entry.reason === 'export').length).toBeGreaterThan(30);
  });

  it('keeps an entry of fields that followed another version for good, and lists a damaged one by its reason alone', () => {
    const time = manualClock();
    const opened = open(time.clock);
    const created = opened.briefings.create(templateContent());
    const followed = opened.revisions.record(created.id, { reason: 'followed', followed: { fields: ['meetingDate'], language: 'en' } });
    expect(followed).toMatchObject({ reason: 'followed', label: null, followed: { fields: ['meetingDate'], language: 'en' } });
    // 40 days of daily exports later, it is still there, as it was when it carried its sentence as a label.
    for (let day = 0; day < 40; day += 1) {
      time.advance(24 * 60 * minute);
      opened.revisions.record(created.id, { reason: 'export' });
    }
    expect(opened.revisions.list(created.id).find((entry) => entry.id === followed.id)?.followed).toEqual({ fields: ['meetingDate'], language: 'en' });
    opened.database.prepare(`UPDATE revisions SET followed_json = '{"fields": 3}' WHERE id = ?`).run(followed.id);
    const damaged = opened.revisions.list(created.id).find((entry) => entry.id === followed.id);
    expect(damaged).toMatchObject({ reason: 'followed', label: null });
    expect(damaged).not.toHaveProperty('followed');
  });

  it('restores a revision as a new revision, keeping what was there before', () => {
    const time = manualClock();
    const { briefings, revisions } = open(time.clock);
    const created = briefings.create(templateContent());
    briefings.save({ id: created.id, baseRevision: 1, title: 'First', body: withLede(created.body, 'first text') });
    const first = revisions.list(created.id)[0]!;
    time.advance(minute);
    briefings.save({ id: created.id, baseRevision: 2, title: 'Second', body: withLede(created.body, 'second text') });

    const restored = briefings.restoreRevision(first.id);
    expect(restored.briefing).toMatchObject({ title: 'First', revision: 4 });
    expect(briefings.get(created.id).body[0]?.children).toEqual([{ type: 'paragraph', children: [{ text: 'first text' }] }]);
    const history = revisions.list(created.id);
    expect(history.map((entry) => [entry.reason, entry.briefingRevision])).toEqual([
      ['restore', 4],
      ['autosave', 3],
      ['autosave', 2],
    ]);
    expect(revisions.get(history[1]!.id).title).toBe('Second');
    expect(library?.search.search({ text: 'second' }).total).toBe(0);
    expect(library?.search.search({ text: 'first' }).total).toBe(1);
  });

  it('refuses to record for a briefing in the Trash or one that does not exist', () => {
    const { briefings, revisions } = open(manualClock().clock);
    const created = briefings.create(templateContent());
    briefings.moveToTrash(created.id);
    expect(thrownBy(() => revisions.record(created.id, { reason: 'export' })).code).toBe('not-found');
    expect(thrownBy(() => revisions.get(999)).code).toBe('not-found');
  });
});
