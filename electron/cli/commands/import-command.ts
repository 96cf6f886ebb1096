import { extname, resolve } from 'node:path';
import { importBriefingFromPath } from '../../storage/briefing-files';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'FILE.briefing.json [--json]',
  summary: 'import a briefing file; prints the new id',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('import', args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'the file to import' });
    const file = resolve(context.io.cwd, positionals[0] ?? '');
    if (extname(file).toLowerCase() === '.docx') {
      throw new CommandFailure(`${file} is a Word document; Word import is not available from the command line yet. Import a .briefing.json file.`);
    }
    if (!file.toLowerCase().endsWith('.json')) throw new UsageError(`import: ${positionals[0] ?? ''} is not a .briefing.json file.`);
    const briefing = importBriefingFromPath(context.library(), file);
    context.io.stdout(values.json ? json({ id: briefing.id, title: briefing.title, templateId: briefing.templateId }) : `${briefing.id}\n`);
    return 0;
  },
};
