import { InputFileError, inputProblemText, readInputFile } from '../../files/read-input-file';
import { extname, resolve } from 'node:path';
import { displayName, organisationDisplayName, titleOnDate } from '../../../shared/directory/person-on-date';
import type { DirectoryFormat } from '../../../shared/ipc/directory-service';
import { writeExportFile } from '../../files/write-export-file';
import { CommandFailure, UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, json } from '../output-format';

/** The contract's bound on the text of a directory or invitation file, checked before reading. */
const maxDirectoryFileBytes = 5_000_000;

function formatOf(command: string, file: string): DirectoryFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv') return 'csv';
  throw new UsageError(`${command}: ${file} is neither a vCard (.vcf) nor a CSV (.csv) file.`);
}

/** The text of a directory or invitation file, checked (a regular file within the contract's bound) before it is read. */
export function readDirectoryFileText(file: string): string {
  try {
    return readInputFile(file, maxDirectoryFileBytes).toString('utf8');
  } catch (error) {
    throw new CommandFailure(`The file ${file} could not be read: ${error instanceof InputFileError ? inputProblemText(error.problem) : 'it could not be read'}.`);
  }
}

async function list(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments('people list', args, { json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
  const directory = await context.services().call('directory', 'list');
  if (values.json) {
    context.io.stdout(json(directory));
    return 0;
  }
  if (directory.people.length === 0) {
    context.io.stdout('No people in the directory.\n');
    return 0;
  }
  const rows = directory.people
    .map((person) => {
      const held = titleOnDate(person, null);
      const organisation = directory.organisations.find((candidate) => candidate.id === held?.organisationId);
      const title = held ? (held.title.en ?? Object.values(held.title)[0])?.title ?? '' : '';
      return [person.id, displayName(person, 'en'), [title, organisation ? organisationDisplayName(organisation, 'en') : ''].filter(Boolean).join(', '), Object.keys(person.names).join(' ')];
    })
    .sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? ''));
  context.io.stdout(`${columns([['ID', 'NAME', 'TITLE NOW', 'LANGUAGES'], ...rows])}\n`);
  return 0;
}

async function importFile(context: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseCommandArguments('people import', args, {}, { min: 1, max: 1, names: 'the .vcf or .csv file to import' });
  const file = resolve(context.io.cwd, positionals[0] ?? '');
  const format = formatOf('people import', file);
  const result = await context.services().call('directory', 'importFile', { format, contents: readDirectoryFileText(file) });
  context.io.stdout(`Imported ${result.people} ${result.people === 1 ? 'person' : 'people'} and ${result.organisations} ${result.organisations === 1 ? 'organisation' : 'organisations'}.\n`);
  return 0;
}

async function exportFile(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommandArguments('people export', args, { out: { type: 'string' } }, { min: 0, max: 0, names: '' });
  if (!values.out) throw new UsageError('people export: --out FILE.vcf (or FILE.csv) is required.');
  const file = resolve(context.io.cwd, values.out);
  const contents = await context.services().call('directory', 'exportFile', formatOf('people export', file));
  await writeExportFile(file, contents);
  context.io.stdout(`${file}\n`);
  return 0;
}

export const peopleCommand: CliCommand = {
  name: 'people',
  usage: 'list [--json] | import FILE.vcf|FILE.csv | export --out FILE.vcf|FILE.csv',
  summary: 'the protocol directory: list, import or export people',
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
        throw new UsageError(action === undefined ? 'people: say list, import or export.' : `people: "${action}" is not list, import or export.`);
    }
  },
};
