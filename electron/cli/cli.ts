import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ServiceError } from '../../shared/ipc/ipc-result';
import { createServices } from '../ipc/create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { libraryFilePath } from '../main/library-location';
import { openLibrary, type Library } from '../storage/library';
import { cliServices, CommandFailure, UsageError, type CliContext, type CliIo, type CliServices } from './cli-context';
import { createCliServiceHost, type CliServiceHost } from './cli-service-host';
import type { CliCommand } from './command';
import { findChromium } from './find-chromium';
import { backupCommand, checkCommand, restoreCommand } from './commands/backup-command';
import { draftCommand } from './commands/draft-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { searchCommand } from './commands/search-command';
import { listCommand } from './commands/list-command';
import { newCommand } from './commands/new-command';
import { showCommand } from './commands/show-command';
import { templatesCommand } from './commands/templates-command';
import { defaultUserDataDir } from './user-data-dir';

export const cliCommands: readonly CliCommand[] = [
  templatesCommand,
  newCommand,
  listCommand,
  searchCommand,
  showCommand,
  draftCommand,
  exportCommand,
  importCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
];

export function usage(): string {
  const width = Math.max(...cliCommands.map((command) => `${command.name} ${command.usage}`.length));
  const lines = cliCommands.map((command) => `  ${`${command.name} ${command.usage}`.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: briefing-desk [--library PATH] <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'The library defaults to the one the Briefing Desk app uses on this computer.',
    'Exit codes: 0 done, 1 failed or not found, 2 wrong command line.',
    '',
  ].join('\n');
}

interface GlobalOptions {
  library?: string;
  help: boolean;
  command?: string;
  commandArgs: string[];
}

/** Options before the command name belong to the whole run; everything after it to the command. */
function parseGlobalOptions(argv: readonly string[]): GlobalOptions {
  const options: GlobalOptions = { help: false, commandArgs: [] };
  let index = 0;
  for (; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--library') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError('--library needs a file path.');
      options.library = value;
      index += 1;
    } else if (arg.startsWith('--library=')) options.library = arg.slice('--library='.length);
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option "${arg}".`);
    else break;
  }
  options.command = argv[index];
  options.commandArgs = argv.slice(index + 1);
  return options;
}

function libraryFileFor(options: GlobalOptions, io: CliIo): { file: string; isDefault: boolean } {
  if (options.library) return { file: resolve(io.cwd, options.library), isDefault: false };
  return { file: libraryFilePath(defaultUserDataDir({ platform: process.platform, env: io.env, homeDir: homedir() })), isDefault: true };
}

/**
 * Runs one command line and returns the exit code. Errors go to stderr as one
 * plain sentence; nothing here calls `process.exit`, so tests can run it in
 * process and the bin script decides how to end.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let library: Library | undefined;
  let host: CliServiceHost | undefined;
  try {
    const options = parseGlobalOptions(argv);
    if (options.help || options.command === 'help') {
      io.stdout(usage());
      return 0;
    }
    if (!options.command) throw new UsageError('No command given.');
    const command = cliCommands.find((candidate) => candidate.name === options.command);
    if (!command) throw new UsageError(`Unknown command "${options.command}".`);

    const { file: libraryFile, isDefault } = libraryFileFor(options, io);
    let services: CliServices | undefined;
    let opened: Library | undefined;
    const chromium: { explicit?: string } = {};
    host = createCliServiceHost({
      findChromium: () => findChromium({ explicit: chromium.explicit, platform: process.platform, env: io.env }),
      fontsourceFolder: io.fontsourceFolder,
    });
    const cliHost = host;
    const context: CliContext = {
      io,
      libraryFile,
      host: cliHost,
      chromium,
      library: () => {
        if (opened) return opened;
        // The app's own folder is created as the app would; a folder the person named must already exist.
        if (isDefault) mkdirSync(dirname(libraryFile), { recursive: true });
        else if (!existsSync(dirname(libraryFile))) throw new CommandFailure(`The folder ${dirname(libraryFile)} does not exist.`);
        // Seeded like the app's first start, so a newcomer finds the demo briefing from either side.
        opened = openLibrary(libraryFile, { seedDemo: true });
        library = opened;
        return opened;
      },
      services: () => {
        services ??= cliServices(createIpcInvoker(createServices(context.library(), cliHost), { log: (error) => io.stderr(`${String(error)}\n`) }));
        return services;
      },
    };
    return await command.run(context, options.commandArgs);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage()}`);
      return 2;
    }
    if (error instanceof CommandFailure || error instanceof ServiceError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`Briefing Desk failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await host?.close();
    library?.close();
  }
}
