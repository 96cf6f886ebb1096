import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from './application-menu';

const options = (platform: NodeJS.Platform, isDevelopment = false) => ({ platform, appName: 'Briefing Desk', send: vi.fn(), showAbout: vi.fn(), isDevelopment });

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
      expect(labels(menu)).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(submenu(menu, '&File').at(-1)).toMatchObject({ role: 'quit', label: 'E&xit' });
      expect(labels(submenu(menu, '&Help'))).toEqual(['About Briefing Desk']);
      expect(item(submenu(menu, '&Edit'), 'Replace…')?.accelerator).toBe('Ctrl+H');
      expect(item(submenu(menu, '&File'), 'Settings…')?.accelerator).toBe('Ctrl+,');
    }
  });

  it('follows macOS conventions: the app menu first with About and Quit, a Window menu, Close in File', () => {
    const menu = applicationMenuTemplate(options('darwin'));
    expect(labels(menu)).toEqual(['Briefing Desk', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
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

  it('offers developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => submenu(applicationMenuTemplate(options('linux', isDevelopment)), '&View').map((entry) => entry.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
