import { isAbsolute, resolve } from 'node:path';
import { briefingIdSchema } from '../../shared/document/briefing';

/** What the app was asked to open when it was started, or started again. */
export type LaunchRequest = { kind: 'import-briefing-file'; path: string } | { kind: 'open-briefing'; briefingId: string };

/** The switch the system's recent list (the Windows jump list) starts the app with. */
export const openBriefingSwitch = '--open-briefing';

const briefingFileSuffix = '.briefing.json';

/** Whether the path names a `.briefing.json` file (any letter case, as Windows and macOS file names have it). */
export function isBriefingFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(briefingFileSuffix) && path.length > briefingFileSuffix.length;
}

/**
 * Reads a command line — the app's own (`process.argv`), or the one a second
 * start hands over in `second-instance` — into what to open: `.briefing.json`
 * files the system opened with the app (file association, "Open with"), and
 * `--open-briefing=<id>` from the recent list.
 *
 * Everything else is ignored: the executable, the app folder that a
 * development start passes (`electron .`), and the switches Chromium and
 * Electron add to a second start's command line
 * (`--allow-file-access-from-files`, `--original-process-start-time=…`).
 * Relative paths are resolved against the folder the start came from.
 */
export function launchRequests(argv: readonly string[], workingDirectory: string): LaunchRequest[] {
  const requests: LaunchRequest[] = [];
  for (const argument of argv) {
    if (argument.startsWith(`${openBriefingSwitch}=`)) {
      const id = briefingIdSchema.safeParse(argument.slice(openBriefingSwitch.length + 1));
      if (id.success) requests.push({ kind: 'open-briefing', briefingId: id.data });
    } else if (!argument.startsWith('-') && isBriefingFilePath(argument)) {
      requests.push({ kind: 'import-briefing-file', path: isAbsolute(argument) ? argument : resolve(workingDirectory, argument) });
    }
  }
  return requests;
}
