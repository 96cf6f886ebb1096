import { revisionReasonMessages, statusChangeLabel } from '../../../shared/i18n/status-labels';
import { revisionLabelSchema, type RevisionSummary } from '../../../shared/ipc/history-service';
import { blockText, compareFields, compareVersions, versionBlocks, type ComparedBlock, type VersionBlock, type VersionContent } from '../../../shared/document/version-compare';
import type { CliContext } from '../cli-context';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, humanTime, json } from '../output-format';
import { terminalLine, terminalText } from '../terminal-text';
import { requireBriefingId } from './briefing-id';
import { localisedTemplate } from '../../../shared/i18n/template-labels';
import { followedSentence } from '../../../shared/i18n/followed-fields';

/** `history ID`: the versions History lists, saving a named one, and restoring one as a new version, as the app does. */
export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'ID [--json] | ID --save NAME | ID --restore VERSION | ID --compare VERSION [VERSION] [--json]',
  summary: 'cli.history.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 
      'history',
      args,
      { json: { type: 'boolean' }, save: { type: 'string' }, restore: { type: 'string' }, compare: { type: 'string' } },
      // `--compare A B`: B is the second positional.
      { min: 1, max: 2, missing: 'cli.args.missingBriefingId' },
    );
    if ([values.save, values.restore, values.compare].filter((value) => value !== undefined).length > 1) throw new UsageError(context.t('cli.history.oneAction'));
    if (positionals.length > 1 && values.compare === undefined) throw new UsageError(context.t('cli.history.oneAction'));
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
    if (values.compare !== undefined) return compare(context, briefingId, revisions, values.compare, positionals[1], values.json === true);
    if (values.json) {
      context.io.stdout(json(revisions));
      return 0;
    }
    // The reasons are History's own words, from the catalog.
    const { t } = context;
    // No versions yet (a briefing only just made): one sentence instead of a table with only its header.
    if (revisions.length === 0) {
      context.io.stdout(`${t('cli.history.none', { id: briefingId })}\n`);
      return 0;
    }
    // Fields that followed another language version are named by the briefing's template, in the locale's words.
    const template = revisions.some((revision) => revision.followed)
      ? await services
          .call('briefings', 'get', briefingId)
          .then((briefing) => services.call('templates', 'get', briefing.templateId))
          // A briefing in the Trash still has its History; its fields are then named by their ids.
          .catch(() => undefined)
      : undefined;
    const rows = revisions.map((revision) => [
      String(revision.id),
      humanTime(revision.createdAt, context.language),
      t(revisionReasonMessages[revision.reason]),
      String(revision.words),
      terminalLine(revision.followed ? followedSentence(revision.followed, template, t) : revision.reason === 'status' && revision.label ? statusChangeLabel(revision.label, t) : (revision.label ?? '')),
    ]);
    const heading = [t('cli.history.columnVersion'), t('cli.history.columnSaved'), t('cli.history.columnWhy'), t('cli.history.columnWords'), t('cli.column.name')];
    context.io.stdout(`${columns([heading, ...rows])}\n`);
    return 0;
  },
};

/** A block as one line of text: a heading in capitals' place marked with "#", a list item with its number or bullet, table cells split by " | ". */
function lineOf(block: VersionBlock, text: string): string {
  switch (block.kind) {
    case 'title':
      return `# ${text}`;
    case 'section-heading':
      return `## ${text}`;
    case 'heading':
      return `${'#'.repeat(Math.min((block.level ?? 2) + 1, 6))} ${text}`;
    case 'list-item':
      return `${'   '.repeat(block.indent ?? 0)}${block.marker ?? ''} ${text}`;
    case 'block-quote':
      return `> ${text}`;
    case 'table-row':
      return `| ${text.replace(/\t/g, ' | ')} |`;
    case 'page-break':
      return '---- ---- ----';
    case 'horizontal-rule':
      return '----';
    default:
      return text;
  }
}

/** A compared block as a line, removed words as [-…-] and added as {+…+}, as `git diff --word-diff` writes them. */
function comparedLine(compared: ComparedBlock): string {
  switch (compared.kind) {
    case 'same':
      return lineOf(compared.block, blockText(compared.block));
    case 'added':
      return lineOf(compared.block, `{+${blockText(compared.block)}+}`);
    case 'removed':
      return lineOf(compared.block, `[-${blockText(compared.block)}-]`);
    case 'changed':
      return lineOf(
        compared.block,
        compared.parts.map((part) => {
          const text = part.runs.map((piece) => piece.text).join('');
          return part.kind === 'added' ? `{+${text}+}` : part.kind === 'removed' ? `[-${text}-]` : text;
        }).join(''),
      );
  }
}

/** `history ID --compare A [B]`: version A against version B (or the text now), as History compares them, from the older to the newer. */
async function compare(context: CliContext, briefingId: string, revisions: RevisionSummary[], first: string, second: string | undefined, asJson: boolean): Promise<number> {
  const services = context.services();
  const find = (version: string) => {
    const revision = revisions.find((candidate) => String(candidate.id) === version.trim());
    if (!revision) throw new CommandFailure(context.t('cli.history.noVersion', { version, id: briefingId }));
    return revision;
  };
  const a = find(first);
  const b = second === undefined ? undefined : find(second);
  const briefing = await services.call('briefings', 'get', briefingId);
  const template = await services.call('templates', 'get', briefing.templateId);
  const contentOf = async (revision: RevisionSummary | undefined): Promise<VersionContent> => (revision ? services.call('history', 'get', revision.id) : briefing);
  const [older, newer] = b && b.id < a.id ? [b, a] : [a, b];
  const [olderContent, newerContent] = [await contentOf(older), await contentOf(newer)];
  const comparison = compareVersions(versionBlocks(olderContent, template), versionBlocks(newerContent, template));
  // --json keeps the library's own labels; a person reads a built-in template's in the locale's language.
  const fields = compareFields(olderContent, newerContent, asJson ? template : localisedTemplate(template, context.t));
  if (asJson) {
    context.io.stdout(json({ from: older?.id, to: newer?.id ?? null, changes: comparison.changes, fields, blocks: comparison.blocks }));
    return 0;
  }
  // Details first, as their own list ("Meeting date: November 21, 2025 → November 22, 2025"), then the text.
  const shown = (value: string) => value || context.t('history.fieldEmpty');
  const lines = [
    newer
      ? context.t('cli.history.compareVersions', { count: comparison.changes, from: String(older?.id), to: String(newer.id) })
      : context.t('cli.history.compareNow', { count: comparison.changes, from: String(older?.id) }),
    ...(fields.length > 0 ? ['', `${context.t('history.fieldChanges', { count: fields.length })}:`, ...fields.map((change) => `  ${change.label}: ${shown(change.before)} → ${shown(change.after)}`)] : []),
    '',
    ...comparison.blocks.map(comparedLine),
  ];
  context.io.stdout(`${terminalText(lines.join('\n'))}\n`);
  return 0;
}

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
