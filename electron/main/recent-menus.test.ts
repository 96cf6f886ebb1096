import { describe, expect, it, vi } from 'vitest';
import { recentDockMenu, recentJumpList, recentLabel } from './recent-menus';

const recent = [
  { id: '3f2b8c1e-5d4a-4b6f-9e7d-1a2b3c4d5e6f', title: 'Readout: Asadov & Bogdan-Martin, ITU' },
  { id: '0b9d7c6e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', title: `Press release ${'very long title '.repeat(8)}` },
];

describe('recentLabel', () => {
  it('keeps an ampersand visible on Windows and Linux, shortens long titles and names untitled ones', () => {
    expect(recentLabel('Asadov & Bogdan-Martin', 'win32')).toBe('Asadov && Bogdan-Martin');
    expect(recentLabel('Asadov & Bogdan-Martin', 'darwin')).toBe('Asadov & Bogdan-Martin');
    expect(recentLabel('  \n ', 'linux')).toBe('Untitled briefing');
    const long = recentLabel(recent[1]?.title ?? '', 'darwin');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('recentJumpList', () => {
  it('starts the app with --open-briefing for each recent briefing, the app folder first in a development start', () => {
    const [category] = recentJumpList(recent, { program: 'C:\\dev\\electron.exe', args: ['C:\\dev\\briefing desk'] });
    expect(category).toMatchObject({ type: 'custom', name: 'Recent briefings' });
    expect(category?.items?.[0]).toMatchObject({
      type: 'task',
      title: 'Readout: Asadov & Bogdan-Martin, ITU',
      program: 'C:\\dev\\electron.exe',
      args: `"C:\\dev\\briefing desk" --open-briefing=${recent[0]?.id}`,
    });
    expect(recentJumpList([], { program: 'x', args: [] })).toEqual([]);
  });
});

describe('recentDockMenu', () => {
  it('opens the chosen briefing', () => {
    const open = vi.fn();
    const menu = recentDockMenu(recent, open);
    (menu[1]?.click as () => void)();
    expect(open).toHaveBeenCalledWith(recent[1]?.id);
  });
});
