import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { terminalLine } from '../terminal-text';

export const dictionaryCommand: CliCommand = {
  name: 'dictionary',
  usage: '[--add WORD | --remove WORD] [--json]',
  summary: 'list the personal spelling dictionary, or add or remove a word (as "Add to dictionary" and Settings do)',
  async run(context, args) {
    const { values } = parseCommandArguments('dictionary', args, { add: { type: 'string' }, remove: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
    if (values.add !== undefined && values.remove !== undefined) throw new UsageError('dictionary: choose one of --add and --remove.');
    const services = context.services();
    if (values.add !== undefined) {
      await services.call('spelling', 'addWord', values.add);
      if (!values.json) context.io.stdout(`Added “${terminalLine(values.add)}” to the personal dictionary.\n`);
    }
    if (values.remove !== undefined) {
      const removed = await services.call('spelling', 'removeWord', values.remove);
      if (!values.json) {
        context.io.stdout(removed ? `Removed “${terminalLine(values.remove)}” from the personal dictionary.\n` : `“${terminalLine(values.remove)}” is not in the personal dictionary.\n`);
      }
    }
    const words = [...(await services.call('spelling', 'acceptedWords')).personal].sort((a, b) => a.localeCompare(b));
    if (values.json) {
      context.io.stdout(json({ words }));
      return 0;
    }
    if (values.add === undefined && values.remove === undefined) {
      context.io.stdout(words.length === 0 ? 'The personal dictionary is empty.\n' : `${words.map(terminalLine).join('\n')}\n`);
    }
    return 0;
  },
};
