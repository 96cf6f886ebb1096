import { briefingStatuses, type BriefingSummary } from '../../../shared/document/briefing';
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
  summary: 'list briefings, most recently edited first',
  async run(context, args) {
    const { values } = parseCommandArguments(
      'list',
      args,
      { status: { type: 'string' }, template: { type: 'string' }, json: { type: 'boolean' } },
      { min: 0, max: 0, names: '' },
    );
    const status = oneOf('list', 'status', values.status, briefingStatuses);
    const briefings = (await context.services().call('briefings', 'list', {})).filter(
      (briefing) => (!status || briefing.status === status) && (!values.template || briefing.templateId === values.template),
    );
    if (values.json) {
      context.io.stdout(json(briefings.map(summaryForScripts)));
    } else if (briefings.length === 0) {
      context.io.stdout('No briefings.\n');
    } else {
      const rows = briefings.map((briefing) => [briefing.id, briefing.status, humanTime(briefing.updatedAt), terminalLine(briefing.title) || '(untitled)']);
      context.io.stdout(`${columns([['ID', 'STATUS', 'EDITED', 'TITLE'], ...rows])}\n`);
    }
    return 0;
  },
};
