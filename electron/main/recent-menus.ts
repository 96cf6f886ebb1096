import type { JumpListCategory, MenuItemConstructorOptions } from 'electron';
import type { RecentBriefing } from '../../shared/ipc/lifecycle-service';
import type { Translate } from '../../shared/i18n/messages';
import { openBriefingSwitch } from './launch-requests';

const maxLabelLength = 60;

/**
 * A briefing's title as a menu label: one line, shortened, never empty, and
 * with `&` doubled so Windows and Linux show it instead of taking it for an
 * access key.
 */
export function recentLabel(title: string, platform: NodeJS.Platform): string {
  const line = title.replace(/\s+/g, ' ').trim() || 'Untitled briefing';
  const short = line.length > maxLabelLength ? `${line.slice(0, maxLabelLength - 1).trimEnd()}…` : line;
  return platform === 'darwin' ? short : short.replace(/&/g, '&&');
}

/** File › Open Recent: the briefings, newest first, then Clear Menu — or one disabled line when there are none. */
export function openRecentSubmenu(
  recent: readonly RecentBriefing[],
  options: { platform: NodeJS.Platform; t: Translate; open: (briefingId: string) => void; clear: () => void },
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: options.t('menu.noRecent'), enabled: false }];
  return [
    ...recent.map((briefing): MenuItemConstructorOptions => ({ label: recentLabel(briefing.title, options.platform), click: () => options.open(briefing.id) })),
    { type: 'separator' },
    { label: options.t('menu.clearRecent'), click: options.clear },
  ];
}

/**
 * The Windows taskbar's jump list: a "Recent briefings" category whose entries
 * start the app (or hand over to the running one, see `second-instance`) with
 * `--open-briefing=<id>`. `launch` is how to start this app: the executable,
 * and in a development start the app folder before the switch.
 */
export function recentJumpList(recent: readonly RecentBriefing[], launch: { program: string; args: readonly string[] }): JumpListCategory[] {
  if (recent.length === 0) return [];
  return [
    {
      type: 'custom',
      name: 'Recent briefings',
      items: recent.map((briefing) => ({
        type: 'task' as const,
        title: recentLabel(briefing.title, 'darwin'),
        description: `Open “${recentLabel(briefing.title, 'darwin')}” in Briefing Desk`,
        program: launch.program,
        args: [...launch.args.map((arg) => `"${arg}"`), `${openBriefingSwitch}=${briefing.id}`].join(' '),
        iconPath: launch.program,
        iconIndex: 0,
      })),
    },
  ];
}

/** The macOS Dock menu: the recent briefings, opened in a window of their own. */
export function recentDockMenu(recent: readonly RecentBriefing[], open: (briefingId: string) => void): MenuItemConstructorOptions[] {
  return recent.map((briefing) => ({ label: recentLabel(briefing.title, 'darwin'), click: () => open(briefing.id) }));
}
