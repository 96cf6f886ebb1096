import { languageTagSchema } from '../../../shared/document/briefing';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, json } from '../output-format';
import { requireBriefingId } from './briefing-id';

/** `versions ID`: the readout's language versions, and which of the briefing's sections the source changed since. */
export const versionsCommand: CliCommand = {
  name: 'versions',
  usage: 'ID [--json]',
  summary: 'cli.versions.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'versions', args, { json: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    const services = context.services();
    const versions = await services.call('versions', 'versionsOf', requireBriefingId(context.t, positionals[0]));
    if (values.json) {
      context.io.stdout(json(versions));
      return 0;
    }
    if (versions.versions.length === 0) {
      context.io.stdout(`${context.t('cli.versions.none')}\n`);
      return 0;
    }
    const { t } = context;
    const rows = versions.versions.map((version) => [
      version.id,
      version.language,
      t(statusMessages[version.status]),
      version.sourceLanguage === null ? t('cli.versions.original') : t('cli.versions.from', { language: version.sourceLanguage }),
      version.staleSections === 0 ? t('cli.versions.upToDate') : t('cli.versions.stale', { count: version.staleSections }),
      version.title,
    ]);
    context.io.stdout(`${columns(rows)}\n`);
    for (const section of versions.stale) context.io.stdout(`${t('versions.sourceChangedLabel', { section: section.sectionId })}\n`);
    for (const person of versions.toCheck) context.io.stdout(`${t('cli.versions.toCheck', { name: person.name })}\n`);
    return 0;
  },
};

/** `translate ID --language LANG`: a linked version in another language; prints its id. */
export const translateCommand: CliCommand = {
  name: 'translate',
  usage: 'ID --language LANG',
  summary: 'cli.translate.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'translate', args, { language: { type: 'string' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    if (values.language === undefined) throw new UsageError(context.t('cli.translate.languageRequired'));
    if (!languageTagSchema.safeParse(values.language).success) throw new UsageError(context.t('cli.translate.badLanguage', { language: values.language }));
    const services = context.services();
    const briefing = await services.call('versions', 'translate', { briefingId: requireBriefingId(context.t, positionals[0]), language: values.language });
    context.io.stdout(`${briefing.id}\n`);
    return 0;
  },
};
