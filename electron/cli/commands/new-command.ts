import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';

export const newCommand: CliCommand = {
  name: 'new',
  usage: '--template ID [--title T]',
  summary: 'create a briefing from a template; prints the new id',
  async run(context, args) {
    const { values } = parseCommandArguments('new', args, { template: { type: 'string' }, title: { type: 'string' } }, { min: 0, max: 0, names: '' });
    if (!values.template) throw new UsageError('new: --template ID is required (see "briefing-desk templates").');
    const briefing = await context.services().call('briefings', 'create', { templateId: values.template, ...(values.title !== undefined ? { title: values.title } : {}) });
    context.io.stdout(`${briefing.id}\n`);
    return 0;
  },
};
