import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/app-events';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import { openRecentSubmenu } from './recent-menus';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Sends a menu command to the focused window's page. */
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  /** Developer tools only in a development build. */
  isDevelopment: boolean;
  /** File › Open Recent, newest first. */
  recentBriefings: readonly RecentBriefing[];
  openRecent: (briefingId: string) => void;
  clearRecent: () => void;
}

/**
 * The application menu, platform-correct: on macOS the app menu comes first
 * and holds About, Settings and Quit, and there is a Window menu; on Windows
 * and Linux File ends with Exit and Help holds About. Standard editing goes
 * through Electron's roles (so the system's shortcuts and the page's own
 * undo work unchanged); the app's own commands go to the page, which knows
 * what is open. Open Recent is built from the library's recent list, so the
 * menu is built again when that list changes.
 */
export function applicationMenuTemplate({
  platform,
  appName,
  send,
  showAbout,
  isDevelopment,
  recentBriefings,
  openRecent,
  clearRecent,
}: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: showAbout };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [about, { type: 'separator' }, command('Settings…', 'open-settings', 'Cmd+,'), { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Briefing…', 'new-briefing', 'CmdOrCtrl+N'),
      { label: 'Open &Recent', submenu: openRecentSubmenu(recentBriefings, { platform, open: openRecent, clear: clearRecent }) },
      { type: 'separator' },
      command('Save Now', 'save-now', 'CmdOrCtrl+S'),
      command('Import Word Document…', 'import-docx'),
      command('Import Calendar Invitation…', 'import-invite'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      ...(isMac ? [] : [command('Settings…', 'open-settings', 'Ctrl+,'), { type: 'separator' } as const]),
      isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+F'),
      command('Replace…', 'replace', isMac ? 'Cmd+Alt+F' : 'Ctrl+H'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'show-library', 'CmdOrCtrl+Shift+L'),
      command('Directory', 'open-directory', 'CmdOrCtrl+Shift+D'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDevelopment ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const briefing: MenuItemConstructorOptions = {
    label: '&Briefing',
    submenu: [
      command('Open in New Window', 'open-in-new-window', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      command('History…', 'show-history'),
      command('Save as Template…', 'save-as-template'),
      { type: 'separator' },
      command('Move to Trash', 'move-to-trash'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu' }] : [];
  const help: MenuItemConstructorOptions = { role: 'help', label: '&Help', submenu: isMac ? [] : [about] };

  return [...appMenu, file, edit, view, briefing, ...windowMenu, help];
}
