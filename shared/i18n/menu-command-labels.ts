import type { MenuCommand } from '../ipc/app-events';
import type { MessageKey } from './messages';

/** How the application menu names each command: the native menu and the page's "works on an open briefing" sentence say the same. */
export const menuCommandLabels = {
  'new-briefing': 'command.newBriefing',
  'show-library': 'command.showLibrary',
  'open-settings': 'command.openSettings',
  'import-docx': 'command.importDocx',
  'import-invite': 'command.importInvite',
  'open-directory': 'command.openDirectory',
  find: 'command.find',
  replace: 'command.replace',
  export: 'command.export',
  'save-now': 'command.saveNow',
  'open-in-new-window': 'command.openInNewWindow',
  'show-history': 'command.showHistory',
  'save-as-template': 'command.saveAsTemplate',
  'move-to-trash': 'command.moveToTrash',
} as const satisfies Record<MenuCommand, MessageKey>;
