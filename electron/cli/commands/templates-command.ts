import { UsageError } from '../cli-context';
import { columns, json } from '../output-format';
import { parseCommandArguments, type CliCommand } from '../command';
import { terminalLine } from '../terminal-text';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: '[--rename ID --name NAME | --delete ID | --restore ID] [--json]',
  summary: 'cli.templates.summary',
  async run(context, args) {
    const { t } = context;
    const { values } = parseCommandArguments(
      t,
      'templates',
      args,
      { rename: { type: 'string' }, name: { type: 'string' }, delete: { type: 'string' }, restore: { type: 'string' }, json: { type: 'boolean' } },
      { min: 0, max: 0 },
    );
    const actions = [values.rename, values.delete, values.restore].filter((value) => value !== undefined);
    if (actions.length > 1) throw new UsageError(t('cli.templates.oneAction'));
    if ((values.rename === undefined) !== (values.name === undefined)) throw new UsageError(t('cli.templates.nameNeeded'));
    const services = context.services();
    // Each change is the one the Templates dialog makes; a refusal (a built-in template, no such id) is one sentence.
    let done: string | undefined;
    if (values.rename !== undefined && values.name !== undefined) {
      const renamed = await services.call('templates', 'rename', { id: values.rename, name: values.name });
      done = t('cli.templates.renamed', { name: terminalLine(renamed.name) });
    } else if (values.delete !== undefined) {
      const template = await services.call('templates', 'get', values.delete);
      await services.call('templates', 'remove', values.delete);
      done = t('cli.templates.deleted', { name: terminalLine(template.name), id: values.delete });
    } else if (values.restore !== undefined) {
      const restored = await services.call('templates', 'restore', values.restore);
      done = t('cli.templates.restored', { name: terminalLine(restored.name) });
    }
    const templates = await services.call('templates', 'list');
    if (values.json) {
      context.io.stdout(json(templates.map(({ id, name, builtIn, description }) => ({ id, name, builtIn, description }))));
    } else if (done !== undefined) {
      context.io.stdout(`${done}\n`);
    } else {
      // A built-in template's name in the locale's language; --json above keeps the library's own words.
      const rows = templates.map((template) => [template.id, terminalLine(localisedTemplate(template, t).name), t(template.builtIn ? 'cli.yes' : 'cli.no')]);
      context.io.stdout(`${columns([[t('cli.column.id'), t('cli.column.name'), t('cli.templates.columnBuiltIn')], ...rows])}\n`);
    }
    return 0;
  },
};
