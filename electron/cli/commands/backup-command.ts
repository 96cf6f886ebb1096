import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkLibraryFile } from '../../storage/library-database';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: '--out FILE',
  summary: 'cli.backup.summary',
  async run(context, args) {
    const { values } = parseCommandArguments(context.t, 'backup', args, { out: { type: 'string' } }, { min: 0, max: 0 });
    if (!values.out) throw new UsageError(context.t('cli.backup.outRequired'));
    const target = resolve(context.io.cwd, values.out);
    if (!existsSync(dirname(target))) throw new CommandFailure(context.t('cli.noFolder', { folder: dirname(target) }));
    if (existsSync(target)) throw new CommandFailure(context.t('cli.backup.exists', { file: target }));
    if (context.io.stderrIsTerminal) context.io.stderr(`${context.t('cli.backup.progress')}\n`);
    await context.library().backups.writeTo(target);
    context.io.stdout(`${context.t('cli.backup.done', { library: context.libraryFile, file: target })}\n`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'FILE',
  summary: 'cli.restore.summary',
  async run(context, args) {
    const { positionals } = parseCommandArguments(context.t, 'restore', args, {}, { min: 1, max: 1, missing: 'cli.args.missingBackupFile' });
    const source = resolve(context.io.cwd, positionals[0] ?? '');
    // Checked before anything moves (in restoreFromFile): a damaged, empty or foreign file never replaces a sound library.
    await context.library().restoreFromFile(source);
    context.io.stdout(`${context.t('cli.restore.done', { library: context.libraryFile, file: source })}\n`);
    return 0;
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  usage: '[--full] [--json]',
  summary: 'cli.check.summary',
  async run(context, args) {
    const { values } = parseCommandArguments(context.t, 'check', args, { full: { type: 'boolean' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
    if (!existsSync(context.libraryFile)) throw new CommandFailure(context.t('cli.check.noLibrary', { file: context.libraryFile }), 'not-found');
    const result = checkLibraryFile(context.libraryFile, { full: values.full ?? false });
    // --json stays as it was, in English in every locale.
    if (values.json) context.io.stdout(json({ ok: result.ok, message: result.message, findings: result.findings }));
    else if (result.ok) context.io.stdout(`${context.t('cli.check.sound', { file: context.libraryFile })}\n`);
    else {
      // SQLite's own findings stay as SQLite wrote them.
      const verdict = sayLocalised(context.t, result.localised);
      context.io.stderr(`${verdict}\n${result.findings.map((finding) => `  ${finding}\n`).join('')}`);
    }
    return result.ok ? 0 : 1;
  },
};
