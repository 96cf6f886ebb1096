import { columns, json } from '../output-format';
import { parseCommandArguments, type CliCommand } from '../command';
import { terminalLine } from '../terminal-text';

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: '[--json]',
  summary: 'list templates (id, name, built-in)',
  async run(context, args) {
    const { values } = parseCommandArguments('templates', args, { json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
    const templates = await context.services().call('templates', 'list');
    if (values.json) {
      context.io.stdout(json(templates.map(({ id, name, builtIn, description }) => ({ id, name, builtIn, description }))));
    } else {
      context.io.stdout(`${columns([['ID', 'NAME', 'BUILT-IN'], ...templates.map((template) => [template.id, terminalLine(template.name), template.builtIn ? 'yes' : 'no'])])}\n`);
    }
    return 0;
  },
};
