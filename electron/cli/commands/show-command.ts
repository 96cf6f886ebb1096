import { statusLabels, type Briefing } from '../../../shared/document/briefing';
import { formatFieldValue } from '../../../shared/document/field-format';
import type { BriefingTemplate } from '../../../shared/document/template';
import { exportDocument, pictureHashes } from '../../../shared/document/export/export-document';
import { defaultExportOptions } from '../../../shared/document/export/export-options';
import { sectionsPlainText } from '../../../shared/document/export/plain-text';
import { UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { humanTime, json } from '../output-format';
import { requireBriefingId } from './briefing-id';
import { fieldValueOf } from '../../../shared/document/own-fields';
import { terminalText } from '../terminal-text';

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
function describe(briefing: Briefing, template: BriefingTemplate): string {
  const lines = [
    briefing.title || '(untitled)',
    `${template.name} · ${statusLabels[briefing.status]} · ${briefing.language} · edited ${humanTime(briefing.updatedAt)} · revision ${briefing.revision}`,
    `id ${briefing.id}`,
    '',
  ];
  const filled = template.fields.map((field) => [field.label, formatFieldValue(field, fieldValueOf(briefing.fields, field.id), briefing.language)] as const).filter(([, value]) => value !== '');
  for (const [label, value] of filled) lines.push(`${label}: ${value}`);
  if (filled.length > 0) lines.push('');
  if (briefing.participants.length > 0) {
    lines.push('Participants:');
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
  summary: 'print one briefing',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('show', args, { json: { type: 'boolean' }, text: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    if (values.json && values.text) throw new UsageError('show: choose one of --json and --text.');
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    if (values.json) {
      // The body names its pictures by hash; what the library knows of each (type, pixels, bytes) follows, never the bytes.
      const pictures = await services.call('pictures', 'describePictures', pictureHashes(briefing));
      context.io.stdout(json({ ...briefing, pictures }));
      return 0;
    }
    const template = await services.call('templates', 'get', briefing.templateId);
    context.io.stdout(terminalText(values.text ? `${bodyText(briefing, template)}\n` : describe(briefing, template)));
    return 0;
  },
};
