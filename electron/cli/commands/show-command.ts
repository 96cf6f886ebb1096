import type { Briefing } from '../../../shared/document/briefing';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { formatFieldValue } from '../../../shared/document/field-format';
import type { BriefingTemplate } from '../../../shared/document/template';
import { exportDocument, pictureHashes } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { sectionsPlainText } from '../../../shared/document/export/plain-text';
import { UsageError, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { humanTime, json } from '../output-format';
import { requireBriefingId } from './briefing-id';
import { fieldValueOf } from '../../../shared/document/own-fields';
import { terminalText } from '../terminal-text';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

/**
 * The text of the briefing as plain text writes it: each section under its
 * heading (in the briefing's language), numbered and bulleted list items
 * numbered and bulleted, field references resolved.
 */
function bodyText(briefing: Briefing, template: BriefingTemplate): string {
  const document = exportDocument(briefing, template, { ...defaultExportOptions, includeParticipants: false, draftMark: false }, { now: new Date() });
  return sectionsPlainText(document);
}

/** The briefing for a person at a terminal: what it is, its filled-in fields, who took part, then the text. */
function describe(context: CliContext, briefing: Briefing, template: BriefingTemplate): string {
  const { t } = context;
  // A built-in template's name and field labels in the locale's language; the values follow the briefing's.
  const shown = localisedTemplate(template, t);
  const lines = [
    briefing.title || t('cli.untitled'),
    t('cli.show.meta', {
      template: shown.name,
      status: t(statusMessages[briefing.status]),
      language: briefing.language,
      time: humanTime(briefing.updatedAt, context.language),
      revision: String(briefing.revision),
    }),
    t('cli.show.id', { id: briefing.id }),
    '',
  ];
  const filled = template.fields.map((field, index) => [shown.fields[index]?.label ?? field.label, formatFieldValue(field, fieldValueOf(briefing.fields, field.id), briefing.language)] as const).filter(([, value]) => value !== '');
  for (const [label, value] of filled) lines.push(`${label}: ${value}`);
  if (filled.length > 0) lines.push('');
  if (briefing.participants.length > 0) {
    lines.push(t('cli.show.participants'));
    for (const participant of briefing.participants) {
      lines.push(`  ${[participant.name, participant.title, participant.organisation].filter((part) => part.trim() !== '').join(', ')}`);
    }
    lines.push('');
  }
  lines.push(bodyText(briefing, template));
  return `${lines.join('\n')}\n`;
}

export const showCommand: CliCommand = {
  name: 'show',
  usage: 'ID [--json | --text]',
  summary: 'cli.show.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'show', args, { json: { type: 'boolean' }, text: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    if (values.json && values.text) throw new UsageError(context.t('cli.show.jsonOrText'));
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    if (values.json) {
      // The body names its pictures by hash; what the library knows of each (type, pixels, bytes) follows, never the bytes.
      const pictures = await services.call('pictures', 'describePictures', pictureHashes(briefing));
      context.io.stdout(json({ ...briefing, pictures }));
      return 0;
    }
    const template = await services.call('templates', 'get', briefing.templateId);
    context.io.stdout(terminalText(values.text ? `${bodyText(briefing, template)}\n` : describe(context, briefing, template)));
    return 0;
  },
};
