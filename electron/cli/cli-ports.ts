import { join } from 'node:path';
import { createChromiumPdfPrinter, type ChromiumPdfPrinter } from './chromium-pdf-printer';
import type { ServicePorts } from '../services/ports';
import { ServiceError } from '../../shared/ipc/ipc-result';

export interface CliPorts extends ServicePorts {
  /** Where the next export goes: the command line's `--out`, in place of the save dialog. */
  exportPath: string | undefined;
  /** Where the next exports go under their suggested names: `--out DIR` with `--all-languages`. */
  exportFolder: string | undefined;
  /** Closes the browser a PDF export started, so the process can end. */
  close(): Promise<void>;
}

/**
 * The desktop shell's part of the services, as a terminal has it: no window
 * and no clipboard, `--out` instead of the save dialog, and PDFs printed by a
 * Chromium found on this computer (looked for only when a PDF is asked for).
 */
export function createCliPorts(options: { findChromium: () => string; fontsourceFolder: string; env?: Readonly<Record<string, string | undefined>> }): CliPorts {
  let printer: ChromiumPdfPrinter | undefined;
  // A terminal keeps no password: one given for this run (in the address) lasts for the run; otherwise PGPASSWORD, then
  // (left to pg, as libpq does) the password file.
  const givenPasswords = new Map<string, string>();
  const host: CliPorts = {
    exportPath: undefined,
    exportFolder: undefined,
    closeWindow: () => undefined,
    chooseExportPath: async (suggestedName) => (host.exportFolder !== undefined ? join(host.exportFolder, suggestedName) : (host.exportPath ?? null)),
    pdfPrinter: {
      print: (html, setup) => {
        printer ??= createChromiumPdfPrinter(options.findChromium());
        return printer.print(html, setup);
      },
    },
    writeClipboard: async () => {
      throw new ServiceError('invalid-argument', { id: 'cli.noClipboard' });
    },
    fontsourceFolder: options.fontsourceFolder,
    // A terminal has no editor: links are never opened and there is nothing to spell-check.
    openExternalLink: async () => false,
    // A script is told where its export went and opens it itself; the window's "Open" has no command of its own.
    openPath: async () => {
      throw new Error('the command line opens no files');
    },
    showItemInFolder: () => undefined,
    setSpellcheckLanguage: async () => undefined,
    teamPassword: async (server) => givenPasswords.get(server) ?? options.env?.PGPASSWORD,
    keepTeamPassword: async (server, password) => {
      if (password === undefined) givenPasswords.delete(server);
      else givenPasswords.set(server, password);
    },
    close: async () => {
      await printer?.close();
    },
  };
  return host;
}
