import { resolve } from 'node:path';
import { languageTagSchema } from '../../../shared/document/briefing';
import { importBriefingFromPath, preparedPicturesAt } from '../../storage/briefing-files';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';

export const newCommand: CliCommand = {
  name: 'new',
  usage: '--template ID [--language LANG] [--from FILE.briefing.json] [--title T]',
  summary: 'cli.new.summary',
  async run(context, args) {
    const { values } = parseCommandArguments(context.t, 
      'new',
      args,
      { template: { type: 'string' }, language: { type: 'string' }, from: { type: 'string' }, title: { type: 'string' } },
      { min: 0, max: 0 },
    );
    if (!values.template) throw new UsageError(context.t('cli.new.templateRequired'));
    if (values.language !== undefined && !languageTagSchema.safeParse(values.language).success) {
      throw new UsageError(context.t('cli.new.badLanguage', { language: values.language }));
    }
    if (values.language !== undefined && values.from) throw new UsageError(context.t('cli.new.languageWithFrom'));
    const services = context.services();
    if (!values.from) {
      const briefing = await services.call('briefings', 'create', {
        templateId: values.template,
        ...(values.title !== undefined ? { title: values.title } : {}),
        ...(values.language !== undefined ? { language: values.language } : {}),
      });
      context.io.stdout(`${briefing.id}\n`);
      return 0;
    }
    // The template is checked first, so a typo never leaves an imported briefing behind.
    const template = await services.call('templates', 'get', values.template);
    const file = resolve(context.io.cwd, values.from);
    const library = context.library();
    const pictures = await preparedPicturesAt(file);
    const briefing = library.database.transaction(() => {
      const imported = importBriefingFromPath(library, file, pictures);
      if (imported.templateId !== template.id) {
        throw new CommandFailure(context.t('cli.new.wrongTemplate', { file, template: imported.templateId, expected: template.id }));
      }
      return values.title === undefined ? imported : { ...imported, ...library.briefings.save({ id: imported.id, baseRevision: imported.revision, title: values.title }) };
    })();
    context.io.stdout(`${briefing.id}\n`);
    return 0;
  },
};
