import { InputFileError, readInputFile, type InputFileProblem } from '../../files/read-input-file';
import { extname, resolve } from 'node:path';
import { displayName, organisationDisplayName, titleOnDate } from '../../../shared/directory/person-on-date';
import type { DirectoryFormat } from '../../../shared/ipc/directory-service';
import { writeExportFile } from '../../files/write-export-file';
import type { Translate } from '../../../shared/i18n/messages';
import { CommandFailure, UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, json } from '../output-format';

/** Each reason a file cannot be read, as the select of `cli.people.unreadable` names it. */
const problemKeys: Record<InputFileProblem, string> = {
  missing: 'missing',
  forbidden: 'forbidden',
  folder: 'folder',
  'not-regular': 'notRegular',
  'too-large': 'tooLarge',
  unreadable: 'unreadable',
};

/** The contract's bound on the text of a directory or invitation file, checked before reading. */
const maxDirectoryFileBytes = 5_000_000;

function formatOf(t: Translate, command: string, file: string): DirectoryFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv') return 'csv';
  throw new UsageError(t('cli.people.unknownFormat', { command, file }));
}

/** The text of a directory or invitation file, checked (a regular file within the contract's bound) before it is read. */
export function readDirectoryFileText(t: Translate, file: string): string {
  try {
    return readInputFile(file, maxDirectoryFileBytes).toString('utf8');
  } catch (error) {
    throw new CommandFailure(t('cli.people.unreadable', { file, problem: error instanceof InputFileError ? problemKeys[error.problem] : 'unreadable' }));
  }
}

async function list(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments(context.t, 'people list', args, { json: { type: 'boolean' } }, { min: 0, max: 0 });
  const directory = await context.services().call('directory', 'list');
  if (values.json) {
    context.io.stdout(json(directory));
    return 0;
  }
  if (directory.people.length === 0) {
    context.io.stdout(`${context.t('cli.people.none')}\n`);
    return 0;
  }
  const rows = directory.people
    .map((person) => {
      const held = titleOnDate(person, null);
      const organisation = directory.organisations.find((candidate) => candidate.id === held?.organisationId);
      // Names and titles in the locale's language where the directory has them, else in English.
      const title = held ? (held.title[context.language] ?? held.title.en ?? Object.values(held.title)[0])?.title ?? '' : '';
      return [
        person.id,
        displayName(person, context.language),
        [title, organisation ? organisationDisplayName(organisation, context.language) : ''].filter(Boolean).join(', '),
        Object.keys(person.names).join(' '),
      ];
    })
    .sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? ''));
  const { t } = context;
  context.io.stdout(`${columns([[t('cli.column.id'), t('cli.people.columnName'), t('cli.people.columnTitleNow'), t('cli.people.columnLanguages')], ...rows])}\n`);
  return 0;
}

async function importFile(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments(context.t, 'people import', args, {}, { min: 1, max: 1, missing: 'cli.args.missingDirectoryFile' });
  const file = resolve(context.io.cwd, positionals[0] ?? '');
  const format = formatOf(context.t, 'people import', file);
  const result = await context.services().call('directory', 'importFile', { format, contents: readDirectoryFileText(context.t, file) });
  context.io.stdout(`${context.t('cli.people.imported', { people: result.people, organisations: result.organisations })}\n`);
  return 0;
}

async function exportFile(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments(context.t, 'people export', args, { out: { type: 'string' } }, { min: 0, max: 0 });
  if (!values.out) throw new UsageError(context.t('cli.people.outRequired'));
  const file = resolve(context.io.cwd, values.out);
  const contents = await context.services().call('directory', 'exportFile', formatOf(context.t, 'people export', file));
  await writeExportFile(file, contents);
  context.io.stdout(`${file}\n`);
  return 0;
}

export const peopleCommand: CliCommand = {
  name: 'people',
  usage: 'list [--json] | import FILE.vcf|FILE.csv | export --out FILE.vcf|FILE.csv',
  summary: 'cli.people.summary',
  async run(context, args) {
    const [action, ...rest] = args;
    switch (action) {
      case 'list':
        return list(context, rest);
      case 'import':
        return importFile(context, rest);
      case 'export':
        return exportFile(context, rest);
      default:
        throw new UsageError(action === undefined ? context.t('cli.people.noAction') : context.t('cli.people.unknownAction', { action }));
    }
  },
};
