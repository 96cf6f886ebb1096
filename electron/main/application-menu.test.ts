import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import { createTranslator } from '../../shared/i18n/translator';
import { applicationMenuTemplate } from './application-menu';

const options = (platform: NodeJS.Platform, isDevelopment = false, recentBriefings: RecentBriefing[] = []) => ({
  platform,
  appName: 'Briefing Desk',
  t: createTranslator('en'),
  send: vi.fn(),
  showAbout: vi.fn(),
  isDevelopment,
  recentBriefings,
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
});

const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => item.label ?? item.role);
const submenu = (menu: MenuItemConstructorOptions[], label: string) => {
  const found = menu.find((item) => item.label === label || item.role === label);
  return (found?.submenu ?? []) as MenuItemConstructorOptions[];
};
const item = (items: MenuItemConstructorOptions[], label: string) => items.find((entry) => entry.label === label);

describe('applicationMenuTemplate', () => {
  it('follows Windows and Linux conventions: File … Help, Exit in File, About in Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = applicationMenuTemplate(options(platform));
      expect(labels(menu)).toEqual(['&File', '&Edit', '&View', '&Briefing', '&Help']);
      expect(submenu(menu, '&File').at(-1)).toMatchObject({ role: 'quit', label: 'E&xit' });
      expect(labels(submenu(menu, '&Help'))).toEqual(['About Briefing Desk']);
      expect(item(submenu(menu, '&Edit'), 'Replace…')?.accelerator).toBe('Ctrl+H');
      expect(item(submenu(menu, '&File'), 'Settings…')?.accelerator).toBe('Ctrl+,');
    }
  });

  it('follows macOS conventions: the app menu first with About and Quit, a Window menu, Close in File', () => {
    const menu = applicationMenuTemplate(options('darwin'));
    expect(labels(menu)).toEqual(['Briefing Desk', '&File', '&Edit', '&View', '&Briefing', 'Window', '&Help']);
    const appMenu = submenu(menu, 'Briefing Desk');
    expect(appMenu[0]?.label).toBe('About Briefing Desk');
    expect(appMenu.at(-1)?.role).toBe('quit');
    expect(item(appMenu, 'Settings…')?.accelerator).toBe('Cmd+,');
    expect(item(submenu(menu, '&File'), 'Settings…')).toBeUndefined();
    expect(submenu(menu, '&File').at(-1)?.role).toBe('close');
    expect(item(submenu(menu, '&Edit'), 'Replace…')?.accelerator).toBe('Cmd+Alt+F');
  });

  it('keeps the standard editing roles, so system shortcuts and the editor\'s undo keep working', () => {
    const edit = submenu(applicationMenuTemplate(options('linux')), '&Edit');
    expect(edit.map((entry) => entry.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
  });

  it('sends the app\'s own commands to the page', () => {
    const menuOptions = options('win32');
    const menu = applicationMenuTemplate(menuOptions);
    const click = (entry: MenuItemConstructorOptions | undefined) => (entry?.click as (() => void) | undefined)?.();
    click(item(submenu(menu, '&File'), 'New Briefing…'));
    click(item(submenu(menu, '&File'), 'Import Word Document…'));
    click(item(submenu(menu, '&File'), 'Export…'));
    click(item(submenu(menu, '&Edit'), 'Find…'));
    expect(menuOptions.send.mock.calls).toEqual([['new-briefing'], ['import-docx'], ['export'], ['find']]);
    expect(item(submenu(menu, '&File'), 'New Briefing…')?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('sends the Briefing menu\'s commands and Save Now (Ctrl+S) to the page', () => {
    const menuOptions = options('linux');
    const menu = applicationMenuTemplate(menuOptions);
    const click = (entry: MenuItemConstructorOptions | undefined) => (entry?.click as (() => void) | undefined)?.();
    for (const label of ['Open in New Window', 'History…', 'Save as Template…', 'Move to Trash']) click(item(submenu(menu, '&Briefing'), label));
    click(item(submenu(menu, '&File'), 'Save Now'));
    expect(menuOptions.send.mock.calls).toEqual([['open-in-new-window'], ['show-history'], ['save-as-template'], ['move-to-trash'], ['save-now']]);
    expect(item(submenu(menu, '&File'), 'Save Now')?.accelerator).toBe('CmdOrCtrl+S');
  });

  it('lists recent briefings under File › Open Recent, newest first, and clears them', () => {
    const recent = [
      { id: 'a1b2c3d4-0000-4000-8000-000000000001', title: 'Readout: Asadov & Bogdan-Martin' },
      { id: 'a1b2c3d4-0000-4000-8000-000000000002', title: '' },
    ];
    const menuOptions = options('win32', false, recent);
    const openRecent = submenu(submenu(applicationMenuTemplate(menuOptions), '&File'), 'Open &Recent');
    // `&&` shows one ampersand on Windows and Linux instead of underlining the next letter.
    expect(labels(openRecent)).toEqual(['Readout: Asadov && Bogdan-Martin', 'Untitled briefing', undefined, 'Clear Menu']);
    (openRecent[1]?.click as () => void)();
    (openRecent[3]?.click as () => void)();
    expect(menuOptions.openRecent).toHaveBeenCalledWith('a1b2c3d4-0000-4000-8000-000000000002');
    expect(menuOptions.clearRecent).toHaveBeenCalledOnce();

    const empty = submenu(submenu(applicationMenuTemplate(options('darwin')), '&File'), 'Open &Recent');
    expect(empty).toEqual([{ label: 'No Recent Briefings', enabled: false }]);
  });

  it('never gives two items the same shortcut', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const accelerators: string[] = [];
      const walk = (items: MenuItemConstructorOptions[]) => {
        for (const entry of items) {
          if (typeof entry.accelerator === 'string') accelerators.push(entry.accelerator.replace(/^(Cmd|Ctrl)\+/, 'CmdOrCtrl+'));
          if (Array.isArray(entry.submenu)) walk(entry.submenu);
        }
      };
      walk(applicationMenuTemplate(options(platform, true)));
      expect(new Set(accelerators).size, `${platform}: ${accelerators.join(', ')}`).toBe(accelerators.length);
    }
  });

  it('offers developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => submenu(applicationMenuTemplate(options('linux', isDevelopment)), '&View').map((entry) => entry.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
