import { describe, expect, it } from 'vitest';
import { automaticBackupsToRemove } from './backup-retention';

const now = new Date('2026-11-29T08:00:00Z');
const daysAgo = (days: number) => ({ name: `b-${days}`, createdAt: new Date(now.getTime() - days * 86_400_000).toISOString() });

describe('automaticBackupsToRemove', () => {
  it('keeps the last 7 daily backups', () => {
    const backups = [0, 1, 2, 3, 4, 5, 6].map(daysAgo);
    expect(automaticBackupsToRemove(backups, now)).toEqual([]);
  });

  it('keeps one per month for 6 months beyond the last 7, and lets the rest go', () => {
    // Daily backups for a year.
    const backups = Array.from({ length: 365 }, (_, index) => daysAgo(index));
    const removed = new Set(automaticBackupsToRemove(backups, now));
    const kept = backups.filter((backup) => !removed.has(backup.name));
    const months = new Set(kept.map((backup) => backup.createdAt.slice(0, 7)));
    // November 2026 back to June 2026: 6 months, the newest backup of each, plus the last 7 days.
    expect([...months].sort()).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(kept).toHaveLength(7 + 5);
    expect(kept.map((backup) => backup.name)).toContain('b-29'); // 31 October, newest of October
  });
});

describe('automaticBackupsToRemove with the retention from Settings', () => {
  it('keeps as many daily and monthly backups as asked', () => {
    const now = new Date('2026-11-29T08:00:00Z');
    const daily = Array.from({ length: 10 }, (_, index) => ({ name: `d${index}`, createdAt: new Date(Date.UTC(2026, 10, 28 - index)).toISOString() }));
    const monthly = [{ name: 'oct', createdAt: '2026-10-01T08:00:00.000Z' }, { name: 'sep', createdAt: '2026-09-01T08:00:00.000Z' }];
    const removed = automaticBackupsToRemove([...daily, ...monthly], now, { daily: 3, monthly: 2 });
    // d0–d2 are the newest three; d0 also stands for November; October keeps its newest; September is past two months.
    expect(removed.sort()).toEqual(['d3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'sep'].sort());
  });
});
