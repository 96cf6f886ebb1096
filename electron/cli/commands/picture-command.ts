import { readFile, stat } from 'node:fs/promises';
import { MAX_IMAGE_BYTES } from '../../../shared/document/picture';
import { newPicture } from '../../../shared/document/picture-normalization';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { requireBriefingId } from './briefing-id';

/**
 * `picture ID FILE`: a picture file added to a briefing's body as the window's
 * Picture… adds it (checked, stripped of metadata, kept once in the library),
 * at the end of a section, with its caption, credit and alt text. Prints the
 * picture's hash and the new revision.
 */
export const pictureCommand: CliCommand = {
  name: 'picture',
  usage: 'ID FILE [--section SECTION-ID] [--caption T] [--credit T] [--alt T] [--half]',
  summary: 'cli.picture.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      context.t,
      'picture',
      args,
      { section: { type: 'string' }, caption: { type: 'string' }, credit: { type: 'string' }, alt: { type: 'string' }, half: { type: 'boolean' } },
      { min: 2, max: 2, missing: 'cli.args.missingBriefingIdAndPicture' },
    );
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const file = positionals[1] ?? '';
    let size: number;
    try {
      const found = await stat(file);
      if (!found.isFile()) throw new Error('not a file');
      size = found.size;
    } catch {
      throw new UsageError(context.t('cli.picture.unreadable', { file }));
    }
    if (size > MAX_IMAGE_BYTES) throw new CommandFailure(context.t('cli.picture.tooLarge', { limit: MAX_IMAGE_BYTES / (1024 * 1024) }));
    const sectionIndex = values.section === undefined ? 0 : briefing.body.findIndex((section) => section.sectionId === values.section);
    const section = briefing.body[sectionIndex];
    if (!section) {
      const sections = briefing.body.map((candidate) => candidate.sectionId).join(', ');
      throw new CommandFailure(context.t('cli.picture.noSection', { section: String(values.section ?? ''), sections }));
    }
    const image = await services.call('pictures', 'addPicture', (await readFile(file)).toString('base64'));
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const picture = newPicture(image, { caption: text(values.caption), credit: text(values.credit), alt: text(values.alt), layout: values.half ? 'half' : 'full' });
    // In place of a section's only, empty paragraph (a new briefing's), as the window does.
    const only = section.children.length === 1 && section.children[0]?.type === 'paragraph' && section.children[0].children.every((child) => 'text' in child && child.text === '');
    const body = briefing.body.map((candidate, index) => (index === sectionIndex ? { ...candidate, children: only ? [picture] : [...candidate.children, picture] } : candidate));
    const saved = await services.call('briefings', 'save', { id: briefing.id, baseRevision: briefing.revision, body });
    context.io.stdout(`${image.hash} ${saved.revision}\n`);
    return 0;
  },
};
