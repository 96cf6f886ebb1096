import { revisionReasonMessages } from '../../../shared/i18n/status-labels';
import { revisionLabelSchema } from '../../../shared/ipc/history-service';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, humanTime, json } from '../output-format';
import { terminalLine } from '../terminal-text';
import { requireBriefingId } from './briefing-id';

/** `history ID`: the versions History lists, saving a named one, and restoring one as a new version, as the app does. */
export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'ID [--json] | ID --save NAME | ID --restore VERSION',
  summary: 'cli.history.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 
      'history',
      args,
      { json: { type: 'boolean' }, save: { type: 'string' }, restore: { type: 'string' } },
      { min: 1, max: 1, missing: 'cli.args.missingBriefingId' },
    );
    if (values.save !== undefined && values.restore !== undefined) throw new UsageError(context.t('cli.history.saveAndRestore'));
    const services = context.services();
    const briefingId = requireBriefingId(context.t, positionals[0]);
    const revisions = await services.call('history', 'list', briefingId);
    if (values.save !== undefined) {
      const label = revisionLabelSchema.safeParse(values.save);
      if (!label.success) throw new UsageError(context.t('cli.history.badName'));
      const saved = await services.call('history', 'saveVersion', { briefingId, label: label.data });
      context.io.stdout(`${saved.id}\n`);
      return 0;
    }
    if (values.restore !== undefined) {
      const version = Number(values.restore);
      const revision = revisions.find((candidate) => candidate.id === version);
      if (!Number.isInteger(version) || !revision) throw new CommandFailure(context.t('cli.history.noVersion', { version: values.restore, id: briefingId }));
      const restored = await services.call('history', 'restore', revision.id);
      context.io.stdout(`${context.t('cli.history.restored', { version: String(revision.id), time: humanTime(revision.createdAt, context.language), newVersion: String(restored.revision.id) })}\n`);
      return 0;
    }
    if (values.json) {
      context.io.stdout(json(revisions));
      return 0;
    }
    // The reasons are History's own words, from the catalog.
    const { t } = context;
    const rows = revisions.map((revision) => [
      String(revision.id),
      humanTime(revision.createdAt, context.language),
      t(revisionReasonMessages[revision.reason]),
      String(revision.words),
      terminalLine(revision.label ?? ''),
    ]);
    const heading = [t('cli.history.columnVersion'), t('cli.history.columnSaved'), t('cli.history.columnWhy'), t('cli.history.columnWords'), t('cli.column.name')];
    context.io.stdout(`${columns([heading, ...rows])}\n`);
    return 0;
  },
};

/** `trash ID`, `trash ID --restore`: the library's Trash, as Move to Trash and Restore do in the app. */
export const trashCommand: CliCommand = {
  name: 'trash',
  usage: 'ID [--restore]',
  summary: 'cli.trash.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'trash', args, { restore: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    const id = requireBriefingId(context.t, positionals[0]);
    const services = context.services();
    if (values.restore) {
      await services.call('briefings', 'restoreFromTrash', id);
      context.io.stdout(`${context.t('cli.trash.restored')}\n`);
    } else {
      await services.call('briefings', 'moveToTrash', id);
      context.io.stdout(`${context.t('cli.trash.moved', { id })}\n`);
    }
    return 0;
  },
};
