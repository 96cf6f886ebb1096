import { describe, expect, it } from 'vitest';
import { embargoHolds, embargoUntilOf } from './embargo';

describe('embargoUntilOf', () => {
  it('gives the moment only for an embargoed release line with a real date and time', () => {
    expect(embargoUntilOf({ releaseLine: 'embargoed', embargoUntil: '2027-03-01T10:00' })).toBe('2027-03-01T10:00');
    expect(embargoUntilOf({ releaseLine: 'immediate', embargoUntil: '2027-03-01T10:00' })).toBeNull();
    expect(embargoUntilOf({ releaseLine: 'embargoed', embargoUntil: '' })).toBeNull();
    expect(embargoUntilOf({ releaseLine: 'embargoed', embargoUntil: '2027-02-30T10:00' })).toBeNull();
    expect(embargoUntilOf({ releaseLine: 'embargoed' })).toBeNull();
    expect(embargoUntilOf({})).toBeNull();
  });
});

describe('embargoHolds', () => {
  // The moment is a wall-clock time of this computer: `now` is built the same way, whatever the time zone of the test run.
  const at = (year: number, month: number, day: number, hours: number, minutes: number) => new Date(year, month - 1, day, hours, minutes);

  it('holds until the minute it names, and not from that minute on', () => {
    expect(embargoHolds('2027-03-01T10:00', at(2027, 3, 1, 9, 59))).toBe(true);
    expect(embargoHolds('2027-03-01T10:00', at(2027, 3, 1, 10, 0))).toBe(false);
    expect(embargoHolds('2027-03-01T10:00', at(2027, 3, 2, 8, 0))).toBe(false);
    expect(embargoHolds('2027-03-01T10:00', at(2026, 11, 29, 8, 0))).toBe(true);
  });

  it('does not hold for a value that names no moment', () => {
    expect(embargoHolds('next Tuesday', at(2020, 1, 1, 0, 0))).toBe(false);
  });
});
