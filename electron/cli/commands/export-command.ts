import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportFormats, pageSizes } from '../../../shared/document/export/export-options';
import { needsDraftMark } from '../../../shared/document/workflow';
import { validateBriefing } from '../../../shared/document/validate-briefing';
import { CommandFailure, UsageError } from '../cli-context';
import { oneOf, parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { requireBriefingId } from './briefing-id';
import { misspellingsOf, spellingWarning } from './spell-command';

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`);
const pagesText = (pages: number | null) => (pages ? `, ${pages} ${pages === 1 ? 'page' : 'pages'}` : '');

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'ID --format pdf|docx|html|txt --out FILE [--all-languages (--out is then a folder)] [--page-size A4|Letter] [--draft-mark | --no-draft-mark] [--no-participants] [--review] [--strict] [--spelling] [--chromium PATH] [--json]',
  summary: 'export a briefing to a file',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      'export',
      args,
      {
        format: { type: 'string' },
        out: { type: 'string' },
        'page-size': { type: 'string' },
        'draft-mark': { type: 'boolean' },
        review: { type: 'boolean' },
        'no-draft-mark': { type: 'boolean' },
        'no-participants': { type: 'boolean' },
        chromium: { type: 'string' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        spelling: { type: 'boolean' },
        'all-languages': { type: 'boolean' },
      },
      { min: 1, max: 1, names: 'the briefing ID' },
    );
    const format = oneOf('export', 'format', values.format, exportFormats);
    if (!format) throw new UsageError('export: --format is required (pdf, docx, html or txt).');
    if (!values.out) throw new UsageError(values['all-languages'] ? 'export: --out DIR is required with --all-languages.' : 'export: --out FILE is required.');
    if (values['draft-mark'] && values['no-draft-mark']) throw new UsageError('export: choose one of --draft-mark and --no-draft-mark.');
    const pageSize = oneOf('export', 'page-size', values['page-size'], pageSizes);

    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    // What the app's export dialog lists before export: one line each on stderr; with --strict, any of them stops the export.
    const template = await services.call('templates', 'get', briefing.templateId);
    const findings = validateBriefing(briefing, template, new Date());
    for (const finding of findings) context.io.stderr(`${finding.message}\n`);
    // With --spelling, misspellings are warnings, each word once, as in the app's export dialog: they never stop an export, --strict or not.
    const misspelt = values.spelling ? ((await misspellingsOf(context, briefing)) ?? []) : [];
    for (const found of misspelt.filter((candidate, index) => misspelt.findIndex((other) => other.word === candidate.word) === index)) {
      context.io.stderr(`${spellingWarning(found)}\n`);
    }
    if (values.strict && findings.length > 0) {
      throw new CommandFailure(`Not exported: ${findings.length === 1 ? 'the briefing has 1 finding' : `the briefing has ${findings.length} findings`} (--strict).`);
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
    };
    if (values['all-languages']) {
      const folder = resolve(context.io.cwd, values.out);
      const folderStat = await stat(folder).catch(() => undefined);
      if (!folderStat?.isDirectory()) throw new CommandFailure(`Not exported: ${folder} is not a folder; --out names the folder for the files with --all-languages.`);
      context.host.exportFolder = folder;
      if (context.io.stderrIsTerminal) context.io.stderr(`Exporting every language version of “${briefing.title}” as ${format.toUpperCase()}…\n`);
      const family = await services.call('export', 'familyToFiles', { briefingId: briefing.id, format, options });
      if (family.status !== 'written') throw new Error('The export was not written.');
      if (values.json) {
        context.io.stdout(json({ format: family.format, files: family.files.map(({ language, path, bytes, pages }) => ({ language, path, bytes, pages })) }));
      } else {
        for (const file of family.files) context.io.stdout(`Wrote ${file.path} (${sizeText(file.bytes)}${pagesText(file.pages)})\n`);
      }
      return 0;
    }
    context.host.exportPath = resolve(context.io.cwd, values.out);
    if (context.io.stderrIsTerminal) context.io.stderr(`Exporting “${briefing.title}” as ${format.toUpperCase()}…\n`);
    const result = await services.call('export', 'toFile', { briefingId: briefing.id, format, options });
    if (result.status !== 'written') throw new Error('The export was not written.');
    if (values.json) {
      context.io.stdout(json({ path: result.path, format: result.format, bytes: result.bytes, pages: result.pages }));
    } else {
      context.io.stdout(`Wrote ${result.path} (${sizeText(result.bytes)}${pagesText(result.pages)})\n`);
    }
    return 0;
  },
};
