import { extname, resolve } from 'node:path';
import { importDocxFromPath } from '../../services/import-docx-from-path';
import { importBriefingFromPath } from '../../storage/briefing-files';
import { UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { createDocxImportWorkerClient } from '../../main/workers/docx-import-worker-client';

/** A Word draft, converted in the app's capped worker thread when the bundle has one, so a hostile file cannot take the process down. */
async function importDocx(context: CliContext, file: string, templateId: string | undefined) {
  const worker = context.io.docxImportWorker ? createDocxImportWorkerClient(context.io.docxImportWorker) : undefined;
  try {
    return await importDocxFromPath(context.library(), file, { ...(templateId ? { templateId } : {}), ...(worker ? { convert: worker.convert } : {}) });
  } finally {
    await worker?.close();
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'FILE (.briefing.json | .docx) [--template ID] [--json]',
  summary: 'import a briefing file or a Word draft; prints the new id',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      'import',
      args,
      { json: { type: 'boolean' }, template: { type: 'string' } },
      { min: 1, max: 1, names: 'the file to import' },
    );
    const file = resolve(context.io.cwd, positionals[0] ?? '');
    const isDocx = extname(file).toLowerCase() === '.docx';
    if (!isDocx && !file.toLowerCase().endsWith('.json')) throw new UsageError(`import: ${positionals[0] ?? ''} is neither a .briefing.json file nor a Word (.docx) document.`);
    if (!isDocx && values.template) throw new UsageError('import: --template applies to Word documents; a briefing file names its own template.');
    if (values.template) await context.services().call('templates', 'get', values.template);
    if (isDocx && context.io.stderrIsTerminal) context.io.stderr(`Reading ${file}…\n`);
    // A Word draft goes into the template given, else the one its headings match, else Blank.
    const briefing = isDocx ? await importDocx(context, file, values.template) : importBriefingFromPath(context.library(), file);
    context.io.stdout(values.json ? json({ id: briefing.id, title: briefing.title, templateId: briefing.templateId }) : `${briefing.id}\n`);
    return 0;
  },
};
