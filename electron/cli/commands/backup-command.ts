import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkLibraryFile } from '../../storage/library-database';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: '--out FILE',
  summary: 'write a consistent copy of the library (safe while the app is open)',
  async run(context, args) {
    const { values } = parseCommandArguments('backup', args, { out: { type: 'string' } }, { min: 0, max: 0, names: '' });
    if (!values.out) throw new UsageError('backup: --out FILE is required.');
    const target = resolve(context.io.cwd, values.out);
    if (!existsSync(dirname(target))) throw new CommandFailure(`The folder ${dirname(target)} does not exist.`);
    if (existsSync(target)) throw new CommandFailure(`${target} already exists; choose a new file name.`);
    if (context.io.stderrIsTerminal) context.io.stderr('Backing up the library…\n');
    await context.library().backups.writeTo(target);
    context.io.stdout(`Backed up ${context.libraryFile} to ${target}\n`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'FILE',
  summary: 'replace the library with a backup; the current file is kept aside',
  async run(context, args) {
    const { positionals } = parseCommandArguments('restore', args, {}, { min: 1, max: 1, names: 'the backup file' });
    const source = resolve(context.io.cwd, positionals[0] ?? '');
    // Checked before anything moves (in restoreFromFile): a damaged, empty or foreign file never replaces a sound library.
    await context.library().restoreFromFile(source);
    context.io.stdout(`Restored ${context.libraryFile} from ${source}; the previous library was kept beside it.\n`);
    return 0;
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  usage: '[--full] [--json]',
  summary: 'check the library for damage without changing it (exit 1 on damage)',
  async run(context, args) {
    const { values } = parseCommandArguments('check', args, { full: { type: 'boolean' }, json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
    const result = checkLibraryFile(context.libraryFile, { full: values.full ?? false });
    if (values.json) context.io.stdout(json(result));
    else if (result.ok) context.io.stdout(`${result.message}\n`);
    else context.io.stderr(`${result.message}\n${result.findings.map((finding) => `  ${finding}\n`).join('')}`);
    return result.ok ? 0 : 1;
  },
};
