import { columns, json } from '../output-format';
import { parseCommandArguments, type CliCommand } from '../command';
import { terminalLine } from '../terminal-text';

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: '[--json]',
  summary: 'cli.templates.summary',
  async run(context, args) {
    const { values } = parseCommandArguments(context.t, 'templates', args, { json: { type: 'boolean' } }, { min: 0, max: 0 });
    const templates = await context.services().call('templates', 'list');
    if (values.json) {
      context.io.stdout(json(templates.map(({ id, name, builtIn, description }) => ({ id, name, builtIn, description }))));
    } else {
      const { t } = context;
      const rows = templates.map((template) => [template.id, terminalLine(template.name), t(template.builtIn ? 'cli.yes' : 'cli.no')]);
      context.io.stdout(`${columns([[t('cli.column.id'), t('cli.column.name'), t('cli.templates.columnBuiltIn')], ...rows])}\n`);
    }
    return 0;
  },
};
