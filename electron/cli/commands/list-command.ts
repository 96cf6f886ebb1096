import { briefingStatuses, type BriefingSummary } from '../../../shared/document/briefing';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { oneOf, parseCommandArguments, type CliCommand } from '../command';
import { columns, humanTime, json } from '../output-format';
import { terminalLine } from '../terminal-text';

/** The fields `list --json` prints for each briefing; documented in the README, kept stable for scripts. */
export function summaryForScripts(summary: BriefingSummary) {
  const { id, title, templateId, templateName, status, language, eventDate, updatedAt, revision } = summary;
  return { id, title, templateId, templateName, status, language, eventDate, updatedAt, revision };
}

export const listCommand: CliCommand = {
  name: 'list',
  usage: '[--status S] [--template ID] [--json]',
  summary: 'cli.list.summary',
  async run(context, args) {
    const { values } = parseCommandArguments(context.t, 
      'list',
      args,
      { status: { type: 'string' }, template: { type: 'string' }, json: { type: 'boolean' } },
      { min: 0, max: 0 },
    );
    const status = oneOf(context.t, 'list', 'status', values.status, briefingStatuses);
    const briefings = (await context.services().call('briefings', 'list', {})).filter(
      (briefing) => (!status || briefing.status === status) && (!values.template || briefing.templateId === values.template),
    );
    if (values.json) {
      context.io.stdout(json(briefings.map(summaryForScripts)));
    } else if (briefings.length === 0) {
      context.io.stdout(`${context.t('cli.list.none')}\n`);
    } else {
      const { t } = context;
      const rows = briefings.map((briefing) => [
        briefing.id,
        t(statusMessages[briefing.status]),
        humanTime(briefing.updatedAt, context.language),
        terminalLine(briefing.title) || t('cli.untitled'),
      ]);
      context.io.stdout(`${columns([[t('cli.column.id'), t('cli.list.columnStatus'), t('cli.list.columnEdited'), t('cli.list.columnTitle')], ...rows])}\n`);
    }
    return 0;
  },
};
