import { revisionReasonMessages } from '../../../shared/i18n/status-labels';
import { createTranslator } from '../../../shared/i18n/translator';
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
  summary: "list a briefing's versions, save a named one, or restore one (what is there now is kept as a version first)",
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      'history',
      args,
      { json: { type: 'boolean' }, save: { type: 'string' }, restore: { type: 'string' } },
      { min: 1, max: 1, names: 'the briefing ID' },
    );
    if (values.save !== undefined && values.restore !== undefined) throw new UsageError('history: --save and --restore cannot be used together.');
    const services = context.services();
    const briefingId = requireBriefingId(positionals[0]);
    const revisions = await services.call('history', 'list', briefingId);
    if (values.save !== undefined) {
      const label = revisionLabelSchema.safeParse(values.save);
      if (!label.success) throw new UsageError('history: --save needs a name of 1 to 200 characters.');
      const saved = await services.call('history', 'saveVersion', { briefingId, label: label.data });
      context.io.stdout(`${saved.id}\n`);
      return 0;
    }
    if (values.restore !== undefined) {
      const version = Number(values.restore);
      const revision = revisions.find((candidate) => candidate.id === version);
      if (!Number.isInteger(version) || !revision) throw new CommandFailure(`The briefing has no version ${values.restore}; "history ${briefingId}" lists them.`);
      const restored = await services.call('history', 'restore', revision.id);
      context.io.stdout(`Restored version ${revision.id} of ${humanTime(revision.createdAt)} as version ${restored.revision.id}.\n`);
      return 0;
    }
    if (values.json) {
      context.io.stdout(json(revisions));
      return 0;
    }
    // The command's results are English, like its other output; the words are History's own, from the catalog.
    const english = createTranslator('en');
    const rows = revisions.map((revision) => [
      String(revision.id),
      humanTime(revision.createdAt),
      english(revisionReasonMessages[revision.reason]),
      String(revision.words),
      terminalLine(revision.label ?? ''),
    ]);
    context.io.stdout(`${columns([['VERSION', 'SAVED', 'WHY', 'WORDS', 'NAME'], ...rows])}\n`);
    return 0;
  },
};

/** `trash ID`, `trash ID --restore`: the library's Trash, as Move to Trash and Restore do in the app. */
export const trashCommand: CliCommand = {
  name: 'trash',
  usage: 'ID [--restore]',
  summary: 'move a briefing to the Trash, or bring it back with --restore',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('trash', args, { restore: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    const id = requireBriefingId(positionals[0]);
    const services = context.services();
    if (values.restore) {
      await services.call('briefings', 'restoreFromTrash', id);
      context.io.stdout('Restored from the Trash.\n');
    } else {
      await services.call('briefings', 'moveToTrash', id);
      context.io.stdout(`Moved to the Trash; "trash ${id} --restore" brings it back.\n`);
    }
    return 0;
  },
};
