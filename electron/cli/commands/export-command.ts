import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportFormats, pageSizes } from '../../../shared/document/export/export-options';
import { needsDraftMark } from '../../../shared/document/workflow';
import { validateBriefing } from '../../../shared/document/validate-briefing';
import { CommandFailure, UsageError } from '../cli-context';
import { oneOf, parseCommandArguments, type CliCommand } from '../command';
import type { Translate } from '../../../shared/i18n/messages';
import { json } from '../output-format';
import { requireBriefingId } from './briefing-id';
import { misspellingsOf, spellingWarning } from './spell-command';
import { localisedTemplate } from '../../../shared/i18n/template-labels';

/** "Wrote FILE (12 KB, 3 pages)": the size in bytes under a kilobyte, else in whole kilobytes; pages for a PDF. */
function wroteLine(t: Translate, file: { path: string; bytes: number; pages: number | null }): string {
  const pages = file.pages ?? 0;
  return file.bytes < 1024
    ? t('cli.export.wroteBytes', { path: file.path, bytes: file.bytes, pages })
    : t('cli.export.wroteKilobytes', { path: file.path, kilobytes: Math.round(file.bytes / 1024), pages });
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'ID --format pdf|docx|html|txt --out FILE [--all-languages (--out is then a folder)] [--page-size A4|Letter] [--draft-mark | --no-draft-mark] [--no-participants] [--review] [--images embed|beside (HTML)] [--strict] [--spelling] [--chromium PATH] [--json]',
  summary: 'cli.export.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 
      'export',
      args,
      {
        format: { type: 'string' },
        out: { type: 'string' },
        'page-size': { type: 'string' },
        'draft-mark': { type: 'boolean' },
        review: { type: 'boolean' },
        images: { type: 'string' },
        'no-draft-mark': { type: 'boolean' },
        'no-participants': { type: 'boolean' },
        chromium: { type: 'string' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        spelling: { type: 'boolean' },
        'all-languages': { type: 'boolean' },
      },
      { min: 1, max: 1, missing: 'cli.args.missingBriefingId' },
    );
    const format = oneOf(context.t, 'export', 'format', values.format, exportFormats);
    if (!format) throw new UsageError(context.t('cli.export.formatRequired'));
    if (!values.out) throw new UsageError(context.t(values['all-languages'] ? 'cli.export.outFolderRequired' : 'cli.export.outRequired'));
    if (values['draft-mark'] && values['no-draft-mark']) throw new UsageError(context.t('cli.export.draftMarkConflict'));
    const pageSize = oneOf(context.t, 'export', 'page-size', values['page-size'], pageSizes);
    const images = oneOf(context.t, 'export', 'images', values.images, ['embed', 'beside'] as const);

    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    // What the app's export dialog lists before export: one line each on stderr; with --strict, any of them stops the export.
    const template = await services.call('templates', 'get', briefing.templateId);
    const findings = validateBriefing(briefing, localisedTemplate(template, context.t), new Date(), context.t);
    for (const finding of findings) context.io.stderr(`${finding.message}\n`);
    // With --spelling, misspellings are warnings, each word once, as in the app's export dialog: they never stop an export, --strict or not.
    const misspelt = values.spelling ? ((await misspellingsOf(context, briefing)) ?? []) : [];
    for (const found of misspelt.filter((candidate, index) => misspelt.findIndex((other) => other.word === candidate.word) === index)) {
      context.io.stderr(`${spellingWarning(context.t, found)}\n`);
    }
    if (values.strict && findings.length > 0) {
      throw new CommandFailure(context.t('cli.export.strict', { count: findings.length }));
    }
    const settings = await services.call('settings', 'get');
    context.chromium.explicit = values.chromium;
    const options = {
      pageSize: pageSize ?? settings.defaultPageSize,
      includeParticipants: !values['no-participants'],
      // As in the app: anything not yet approved is marked DRAFT unless the person says otherwise.
      draftMark: values['draft-mark'] ?? (values['no-draft-mark'] ? false : needsDraftMark(briefing.status)),
      // Comments as Word comments, suggested changes as tracked changes (DOCX only; the service refuses other formats).
      ...(values.review ? { review: true as const } : {}),
      // HTML's pictures as files in a folder beside the page ("Readout_files"); the service refuses it for other formats.
      ...(images ? { images } : {}),
    };
    if (values['all-languages']) {
      const folder = resolve(context.io.cwd, values.out);
      const folderStat = await stat(folder).catch(() => undefined);
      if (!folderStat?.isDirectory()) throw new CommandFailure(context.t('cli.export.notAFolder', { folder }));
      context.host.exportFolder = folder;
      if (context.io.stderrIsTerminal) context.io.stderr(`${context.t('cli.export.progressAll', { title: briefing.title, format: format.toUpperCase() })}\n`);
      const family = await services.call('export', 'familyToFiles', { briefingId: briefing.id, format, options });
      if (family.status !== 'written') throw new CommandFailure(context.t('cli.export.notWritten'));
      if (values.json) {
        context.io.stdout(json({ format: family.format, files: family.files.map(({ language, path, bytes, pages }) => ({ language, path, bytes, pages })) }));
      } else {
        for (const file of family.files) context.io.stdout(`${wroteLine(context.t, file)}\n`);
      }
      return 0;
    }
    context.host.exportPath = resolve(context.io.cwd, values.out);
    if (context.io.stderrIsTerminal) context.io.stderr(`${context.t('cli.export.progress', { title: briefing.title, format: format.toUpperCase() })}\n`);
    const result = await services.call('export', 'toFile', { briefingId: briefing.id, format, options });
    if (result.status !== 'written') throw new CommandFailure(context.t('cli.export.notWritten'));
    if (values.json) {
      context.io.stdout(json({ path: result.path, format: result.format, bytes: result.bytes, pages: result.pages }));
    } else {
      context.io.stdout(`${wroteLine(context.t, result)}\n`);
    }
    return 0;
  },
};
