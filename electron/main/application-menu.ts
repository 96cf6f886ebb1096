import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/app-events';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import { menuCommandLabels } from '../../shared/i18n/menu-command-labels';
import type { Translate } from '../../shared/i18n/messages';
import { openRecentSubmenu } from './recent-menus';
import { menuAccelerator } from '../../shared/keyboard/shortcuts';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** The interface language's messages. */
  t: Translate;
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
  t,
  send,
  showAbout,
  isDevelopment,
  recentBriefings,
  openRecent,
  clearRecent,
}: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(menuCommandLabels[name]),
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const about: MenuItemConstructorOptions = { label: t('menu.about', { appName }), click: showAbout };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            { type: 'separator' },
            command('open-settings', menuAccelerator('open-settings', true)),
            { type: 'separator' },
            { role: 'services', label: t('menu.services') },
            { type: 'separator' },
            { role: 'hide', label: t('menu.hide', { appName }) },
            { role: 'hideOthers', label: t('menu.hideOthers') },
            { role: 'unhide', label: t('menu.unhide') },
            { type: 'separator' },
            { role: 'quit', label: t('menu.quit', { appName }) },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      command('new-briefing', menuAccelerator('new-briefing', isMac)),
      { label: t('menu.openRecent'), submenu: openRecentSubmenu(recentBriefings, { platform, t, open: openRecent, clear: clearRecent }) },
      { type: 'separator' },
      command('save-now', menuAccelerator('save-now', isMac)),
      command('import-docx'),
      command('import-invite'),
      command('export', menuAccelerator('export', isMac)),
      { type: 'separator' },
      ...(isMac ? [] : [command('open-settings', menuAccelerator('open-settings', false)), { type: 'separator' } as const]),
      isMac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.exit') },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') },
      { role: 'selectAll', label: t('menu.selectAll') },
      { type: 'separator' },
      command('find', menuAccelerator('find', isMac)),
      command('replace', menuAccelerator('replace', isMac)),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      command('show-library', menuAccelerator('show-library', isMac)),
      command('open-directory', menuAccelerator('open-directory', isMac)),
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
      ...(isDevelopment ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const] : []),
    ],
  };

  const briefing: MenuItemConstructorOptions = {
    label: t('menu.briefing'),
    submenu: [
      command('open-in-new-window', menuAccelerator('open-in-new-window', isMac)),
      { type: 'separator' },
      command('show-history'),
      command('save-as-template'),
      { type: 'separator' },
      command('move-to-trash'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu', label: t('menu.window') }] : [];
  const help: MenuItemConstructorOptions = { role: 'help', label: t('menu.help'), submenu: isMac ? [] : [about] };

  return [...appMenu, file, edit, view, briefing, ...windowMenu, help];
}
