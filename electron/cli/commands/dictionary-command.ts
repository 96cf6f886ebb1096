import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { terminalLine } from '../terminal-text';

export const dictionaryCommand: CliCommand = {
  name: 'dictionary',
  usage: '[--add WORD | --remove WORD] [--json]',
  summary: 'cli.dictionary.summary',
  async run(context, args) {
    const { values } = parseCommandArguments(context.t, 'dictionary', args, { add: { type: 'string' }, remove: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
    if (values.add !== undefined && values.remove !== undefined) throw new UsageError(context.t('cli.dictionary.addOrRemove'));
    const services = context.services();
    if (values.add !== undefined) {
      await services.call('spelling', 'addWord', values.add);
      if (!values.json) context.io.stdout(`${context.t('cli.dictionary.added', { word: terminalLine(values.add) })}\n`);
    }
    if (values.remove !== undefined) {
      const removed = await services.call('spelling', 'removeWord', values.remove);
      if (!values.json) {
        context.io.stdout(`${context.t(removed ? 'cli.dictionary.removed' : 'cli.dictionary.notThere', { word: terminalLine(values.remove) })}\n`);
      }
    }
    const words = [...(await services.call('spelling', 'acceptedWords')).personal].sort((a, b) => a.localeCompare(b));
    if (values.json) {
      context.io.stdout(json({ words }));
      return 0;
    }
    if (values.add === undefined && values.remove === undefined) {
      context.io.stdout(words.length === 0 ? `${context.t('cli.dictionary.empty')}\n` : `${words.map(terminalLine).join('\n')}\n`);
    }
    return 0;
  },
};
