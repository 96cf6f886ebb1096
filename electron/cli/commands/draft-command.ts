import { draftLede } from '../../../shared/document/draft-lede';
import { resolveFieldReference } from '../../../shared/document/field-references';
import { sectionPlainText } from '../../../shared/document/text-stats';
import { CommandFailure } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { requireBriefingId } from './briefing-id';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

/** `draft ID`: the lede written from the details in the briefing's language, as "Draft from details" does in the app. */
export const draftCommand: CliCommand = {
  name: 'draft',
  usage: 'ID [--replace]',
  summary: 'cli.draft.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'draft', args, { replace: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const template = await services.call('templates', 'get', briefing.templateId);
    const sectionId = template.lede?.sectionId;
    const paragraph = draftLede(template, briefing.language, briefing.fields);
    const index = briefing.body.findIndex((section) => section.sectionId === sectionId);
    const section = briefing.body[index];
    if (!paragraph || !section) throw new CommandFailure(context.t('cli.draft.noLede', { template: localisedTemplate(template, context.t).name }));
    const resolve = (reference: Parameters<typeof resolveFieldReference>[0]) => resolveFieldReference(reference, template, briefing.fields, briefing.language).value;
    // A lede drafted from empty details is a bare fragment ("ilə görüşüb."): name what to fill in instead, and change nothing.
    const missing = [
      ...new Set(
        paragraph.children.flatMap((child) => {
          if (!('type' in child) || child.type !== 'field-ref') return [];
          const resolved = resolveFieldReference(child, template, briefing.fields, briefing.language);
          return resolved.value.trim() === '' ? [resolved.label] : [];
        }),
      ),
    ];
    if (missing.length > 0) throw new CommandFailure(context.t('cli.draft.missingDetails', { fields: missing.join(', ') }));
    // As in the app, drafting again never silently throws away what someone wrote.
    if (sectionPlainText(section, resolve).trim() !== '' && !values.replace) {
      throw new CommandFailure(context.t('cli.draft.hasText'));
    }
    const drafted = { ...section, children: [paragraph] };
    const body = briefing.body.map((candidate, position) => (position === index ? drafted : candidate));
    await services.call('briefings', 'save', { id: briefing.id, baseRevision: briefing.revision, body });
    context.io.stdout(`${sectionPlainText(drafted, resolve)}\n`);
    return 0;
  },
};
