import { extname, resolve } from 'node:path';
import { importDocxFromPath } from '../../services/import-docx-from-path';
import { importBriefingFromPath, preparedPicturesAt } from '../../storage/briefing-files';
import { CommandFailure, UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { readDirectoryFileText } from './people-command';
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
  usage: 'FILE (.briefing.json | .docx | .ics) [--template ID] [--occurrence WHEN] [--language TAG] [--json]',
  summary: 'cli.import.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 
      'import',
      args,
      { json: { type: 'boolean' }, template: { type: 'string' }, occurrence: { type: 'string' }, language: { type: 'string' } },
      { min: 1, max: 1, missing: 'cli.args.missingImportFile' },
    );
    const file = resolve(context.io.cwd, positionals[0] ?? '');
    if (extname(file).toLowerCase() === '.ics') return importInvite(context, file, values);
    if (values.occurrence || values.language) throw new UsageError(context.t('cli.import.inviteOptions'));
    const isDocx = extname(file).toLowerCase() === '.docx';
    if (!isDocx && !file.toLowerCase().endsWith('.json')) throw new UsageError(context.t('cli.import.unknownKind', { file: positionals[0] ?? '' }));
    if (!isDocx && values.template) throw new UsageError(context.t('cli.import.templateForWord'));
    if (values.template) await context.services().call('templates', 'get', values.template);
    if (isDocx && context.io.stderrIsTerminal) context.io.stderr(`${context.t('cli.import.reading', { file })}\n`);
    // A Word draft goes into the template given, else the one its headings match, else Blank.
    const briefing = isDocx ? await importDocx(context, file, values.template) : importBriefingFromPath(context.library(), file, await preparedPicturesAt(file));
    context.io.stdout(values.json ? json({ id: briefing.id, title: briefing.title, templateId: briefing.templateId }) : `${briefing.id}\n`);
    return 0;
  },
};

/**
 * A calendar invitation into a briefing (the meeting readout unless
 * `--template` says otherwise). A recurring event needs `--occurrence`: the
 * command lists the occurrences to choose from and makes nothing.
 */
async function importInvite(context: CliContext, file: string, values: { json?: boolean; template?: string; occurrence?: string; language?: string }): Promise<number> {
  const contents = readDirectoryFileText(context.t, file);
  const result = await context.services().call('directory', 'importInvite', {
    contents,
    ...(values.template ? { templateId: values.template } : {}),
    ...(values.occurrence ? { occurrence: values.occurrence } : {}),
    ...(values.language ? { language: values.language } : {}),
  });
  if (result.kind === 'choose-occurrence') {
    const choices = result.occurrences.map((occurrence) => `  --occurrence ${occurrence.recurrenceId}   (${occurrence.start})`).join('\n');
    throw new CommandFailure(context.t('cli.import.chooseOccurrence', { event: result.summary, choices }));
  }
  const { briefing, unmatched } = result;
  if (values.json) context.io.stdout(json({ id: briefing.id, title: briefing.title, templateId: briefing.templateId, unmatched }));
  else {
    context.io.stdout(`${briefing.id}\n`);
    if (unmatched.length > 0) context.io.stderr(`${context.t('cli.import.unmatched', { names: unmatched.join(', ') })}\n`);
  }
  return 0;
}
