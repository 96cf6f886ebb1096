import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { sayLocalised, ServiceError } from '../../shared/ipc/ipc-result';
import { languageFromEnvironment } from '../../shared/i18n/locale-environment';
import type { Translate } from '../../shared/i18n/messages';
import { createTranslator } from '../../shared/i18n/translator';
import { createServices } from '../services/create-services';
import { createIpcInvoker } from '../ipc/ipc-invoker';
import { outsideReason } from '../files/system-reason';
import { libraryFilePath } from '../storage/library-location';
import { openLibrary, type Library } from '../storage/library';
import { cliServices, CommandFailure, UsageError, type CliContext, type CliIo, type CliServices } from './cli-context';
import { createCliPorts, type CliPorts } from './cli-ports';
import type { CliCommand } from './command';
import { findChromium } from './find-chromium';
import { commentCommand, commentsCommand } from './commands/comments-command';
import { suggestionCommand, suggestionsCommand } from './commands/suggestions-command';
import { backupCommand, checkCommand, restoreCommand } from './commands/backup-command';
import { draftCommand } from './commands/draft-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { searchCommand } from './commands/search-command';
import { listCommand } from './commands/list-command';
import { newCommand } from './commands/new-command';
import { peopleCommand } from './commands/people-command';
import { historyCommand, trashCommand } from './commands/history-command';
import { setCommand, statusCommand } from './commands/set-command';
import { showCommand } from './commands/show-command';
import { pictureCommand } from './commands/picture-command';
import { spellCommand } from './commands/spell-command';
import { dictionaryCommand } from './commands/dictionary-command';
import { serverCommand, teamCommand } from './commands/team-command';
import { templatesCommand } from './commands/templates-command';
import { translateCommand, versionsCommand } from './commands/versions-command';
import { defaultUserDataDir } from './user-data-dir';

export const cliCommands: readonly CliCommand[] = [
  templatesCommand,
  newCommand,
  listCommand,
  searchCommand,
  showCommand,
  pictureCommand,
  setCommand,
  statusCommand,
  historyCommand,
  commentsCommand,
  commentCommand,
  suggestionsCommand,
  suggestionCommand,
  trashCommand,
  spellCommand,
  dictionaryCommand,
  draftCommand,
  versionsCommand,
  translateCommand,
  exportCommand,
  importCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  peopleCommand,
  teamCommand,
  serverCommand,
];

/** The width `--help` wraps to where the output is not a terminal (a pipe, a file). */
export const defaultHelpWidth = 80;

/**
 * Splits `text` at spaces into lines of at most `width` characters, the first
 * starting with `indent`, the others with `hanging`; a longer word stays whole.
 */
export function wrapText(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/u).filter((part) => part !== '')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hanging + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/**
 * The help text, wrapped to `columns` (the terminal's width): each command
 * with its options, its summary indented below it.
 */
export function usage(columns: number = defaultHelpWidth, t: Translate = createTranslator('en')): string {
  // Narrower than this, nothing reads well; the text still wraps at words.
  const width = Math.max(columns, 40);
  const commands = cliCommands.flatMap((command) => [
    ...wrapText(`${command.name} ${command.usage}`, width, '  ', '      '),
    ...wrapText(t(command.summary), width, '        '),
  ]);
  return [
    ...wrapText(t('cli.usage'), width),
    '',
    t('cli.commands'),
    ...commands,
    '',
    ...wrapText(t('cli.defaultLibrary'), width),
    ...wrapText(t('cli.exitCodes'), width),
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
function parseGlobalOptions(argv: readonly string[], t: Translate): GlobalOptions {
  const options: GlobalOptions = { help: false, commandArgs: [] };
  let index = 0;
  for (; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--library') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError(t('cli.libraryNeedsPath'));
      options.library = value;
      index += 1;
    } else if (arg.startsWith('--library=')) options.library = arg.slice('--library='.length);
    else if (arg.startsWith('-')) throw new UsageError(t('cli.unknownOption', { option: arg }));
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
  let host: CliPorts | undefined;
  // English unless the locale (LC_ALL, LC_MESSAGES, LANG) names a language the app has a catalog for.
  const language = languageFromEnvironment(io.env);
  const t = createTranslator(language);
  try {
    const options = parseGlobalOptions(argv, t);
    if (options.help || options.command === 'help') {
      io.stdout(usage(io.columns, t));
      return 0;
    }
    if (!options.command) throw new UsageError(t('cli.noCommand'));
    const command = cliCommands.find((candidate) => candidate.name === options.command);
    if (!command) throw new UsageError(t('cli.unknownCommand', { command: options.command }));

    const { file: libraryFile, isDefault } = libraryFileFor(options, io);
    let services: CliServices | undefined;
    let opened: Library | undefined;
    const chromium: { explicit?: string } = {};
    host = createCliPorts({
      findChromium: () => findChromium({ explicit: chromium.explicit, platform: process.platform, env: io.env }),
      fontsourceFolder: io.fontsourceFolder,
      env: io.env,
    });
    const cliHost = host;
    const context: CliContext = {
      io,
      libraryFile,
      host: cliHost,
      chromium,
      language,
      t,
      library: () => {
        if (opened) return opened;
        // The app's own folder is created as the app would; a folder the person named must already exist.
        if (isDefault) mkdirSync(dirname(libraryFile), { recursive: true });
        else if (!existsSync(dirname(libraryFile))) throw new CommandFailure(t('cli.noFolder', { folder: dirname(libraryFile) }));
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
      io.stderr(`${error.message}\n\n${usage(io.columns, t)}`);
      return 2;
    }
    if (error instanceof CommandFailure || error instanceof ServiceError) {
      io.stderr(`${error.localised ? sayLocalised(t, error.localised) : error.message}\n`);
      return 1;
    }
    // A file or SQLite failure says the system's reason in the locale; only a bug's own text is passed along.
    const reason = outsideReason(error);
    if (reason) {
      io.stderr(`${sayLocalised(t, { id: 'errors.system', values: { reason } })}\n`);
      return 1;
    }
    io.stderr(`${t('cli.failed', { reason: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  } finally {
    await host?.close();
    library?.close();
  }
}
