import { describe, expect, it } from 'vitest';
import { revisionsToPrune, type PrunableRevision } from './revision-pruning';

const now = new Date('2026-11-29T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

function revisions(...ages: number[]): PrunableRevision[] {
  return ages.map((age, index) => ({ id: index + 1, createdAt: ago(age), label: null }));
}

describe('revisionsToPrune', () => {
  it('keeps every revision from the last hour', () => {
    expect(revisionsToPrune(revisions(minutes(1), minutes(2), minutes(3), minutes(59)), now)).toEqual([]);
  });

  it('keeps the newest revision of each 10-minute slice for a day', () => {
    // Now is 12:00: 10:05 and 10:02 share the 10:00 slice, 09:59 and 09:00 have one each.
    const pruned = revisionsToPrune(revisions(minutes(115), minutes(118), minutes(121), minutes(180)), now);
    expect(pruned).toEqual([2]);
  });

  it('keeps one per day for a month, then one per week', () => {
    const pruned = revisionsToPrune(revisions(days(3), days(3) + minutes(30), days(4), days(40), days(40) + days(1)), now);
    expect(pruned.sort()).toEqual([2, 5]);
  });

  it('never prunes a labelled revision', () => {
    const list = revisions(days(3), days(3) + minutes(30));
    list[1] = { ...list[1]!, label: 'Sent to the minister' };
    expect(revisionsToPrune(list, now)).toEqual([]);
  });

  it('never prunes a revision of fields that followed another language version (it had a label before it was data)', () => {
    const list = revisions(days(3), days(3) + minutes(30));
    list[1] = { ...list[1]!, reason: 'followed' };
    expect(revisionsToPrune(list, now)).toEqual([]);
  });

  it('is stable: pruning again later keeps what the first pass kept for the same slice', () => {
    const list = revisions(minutes(65), minutes(66), minutes(75), minutes(90));
    const first = revisionsToPrune(list, now);
    const left = list.filter((revision) => !first.includes(revision.id));
    const later = new Date(now.getTime() + minutes(5));
    expect(revisionsToPrune(left, later)).toEqual([]);
  });
});
