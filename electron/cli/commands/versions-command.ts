import { languageTagSchema, statusLabels } from '../../../shared/document/briefing';
import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { columns, json } from '../output-format';
import { requireBriefingId } from './briefing-id';

/** `versions ID`: the readout's language versions, and which of the briefing's sections the source changed since. */
export const versionsCommand: CliCommand = {
  name: 'versions',
  usage: 'ID [--json]',
  summary: "list a briefing's language versions and the sections whose source changed",
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('versions', args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    const services = context.services();
    const versions = await services.call('versions', 'versionsOf', requireBriefingId(positionals[0]));
    if (values.json) {
      context.io.stdout(json(versions));
      return 0;
    }
    if (versions.versions.length === 0) {
      context.io.stdout('This briefing has no other language versions; add one with "translate ID --language LANG".\n');
      return 0;
    }
    const rows = versions.versions.map((version) => [
      version.id,
      version.language,
      statusLabels[version.status],
      version.sourceLanguage === null ? 'original' : `from ${version.sourceLanguage}`,
      version.staleSections === 0 ? 'up to date' : `source changed in ${version.staleSections} ${version.staleSections === 1 ? 'section' : 'sections'}`,
      version.title,
    ]);
    context.io.stdout(`${columns(rows)}\n`);
    for (const section of versions.stale) context.io.stdout(`Source changed: ${section.sectionId}\n`);
    for (const person of versions.toCheck) context.io.stdout(`To check: ${person.name} (not in the directory in this language)\n`);
    return 0;
  },
};

/** `translate ID --language LANG`: a linked version in another language; prints its id. */
export const translateCommand: CliCommand = {
  name: 'translate',
  usage: 'ID --language LANG',
  summary: 'add a linked language version of a briefing and print its id',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('translate', args, { language: { type: 'string' } }, { min: 1, max: 1, names: 'the briefing ID' });
    if (values.language === undefined) throw new UsageError('translate: --language LANG is required (for example en, az or ru).');
    if (!languageTagSchema.safeParse(values.language).success) throw new UsageError(`translate: "${values.language}" is not a language tag such as en, az or ru.`);
    const services = context.services();
    const briefing = await services.call('versions', 'translate', { briefingId: requireBriefingId(positionals[0]), language: values.language });
    context.io.stdout(`${briefing.id}\n`);
    return 0;
  },
};
