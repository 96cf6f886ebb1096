import mammoth from 'mammoth';
import type { BlockElement, InlineNode } from '../../../shared/document/briefing-body';
import type { ImportedDocument, ImportedPicture } from '../../../shared/document/import/imported-document';
import { parseDateline } from '../../../shared/document/import/dateline';
import { releaseHints } from '../../../shared/document/import/release-hints';
import { docxImportError } from './docx-import-error';
import type { LocalisedMessage } from '../../../shared/ipc/ipc-result';
import { readDocxPackage } from './docx-package';
import { headerFooterLines, leftOutCounts } from './docx-part-text';
import { docxImportStyleMap, pageBreakMarker, plainLookStyles } from './docx-style-map';
import { docxStructure, type DocxStructure } from './docx-structure';
import { acceptedText, applyReviewMarkers, markReviewContent } from './docx-review';
import { prepareImage } from '../images/prepare-image';
import { captionStyleMap, markPictures, placeholderSource } from './docx-pictures';
import { placePictures, withoutMarkers, type MarkedPicture } from '../../../shared/document/html/picture-markers';
import type { PreparedImage } from '../images/prepare-image';

/** A picture of the Word file the checks took, with its description (Word's alt text). */
interface DocxPicture {
  image: PreparedImage;
  alt: string;
}

/** `az` or `ru` when the letters say so: mostly Cyrillic, or Azerbaijani's own letters (ə alone is ~7% of its text) above 5%. */
function languageOf(text: string): string | null {
  // Each kind of letter counted in code points, as a match of every letter counts them, without an array of every
  // letter of a long document: the length its runs take up, less one for each of its letters written as two units.
  const wide = text.match(/[\u{10000}-\u{10FFFF}]/gu) ?? [];
  const count = (letter: RegExp, runs: RegExp) => text.length - text.replace(runs, '').length - wide.filter((character) => letter.test(character)).length;
  const cyrillic = count(/\p{Script=Cyrillic}/u, /\p{Script=Cyrillic}+/gu);
  const latin = count(/\p{Script=Latin}/u, /\p{Script=Latin}+/gu);
  if (cyrillic > latin) return 'ru';
  const azerbaijani = count(/[əƏğĞıİşŞ]/u, /[əƏğĞıİşŞ]+/gu);
  return latin > 0 && azerbaijani / latin > 0.05 ? 'az' : null;
}

/** The text of blocks and their inlines, for guessing the language. */
function textOf(nodes: readonly (BlockElement | InlineNode)[]): string {
  return nodes.map((node) => ('text' in node ? node.text : 'children' in node ? textOf(node.children as (BlockElement | InlineNode)[]) : '')).join(' ');
}

/** Mammoth's warnings as sentences: unknown styles by name, other content it skipped in general. */
function warningSentences(messages: readonly { message: string }[]): LocalisedMessage[] {
  const styles = new Set<string>();
  let other = 0;
  for (const { message } of messages) {
    const style = /^Unrecognised (?:paragraph|run) style: '([^']*)'/u.exec(message);
    if (style) {
      if (!plainLookStyles.has(style[1] ?? '')) styles.add(style[1] ?? '');
    }
    else other += 1;
  }
  const sentences: LocalisedMessage[] = [];
  if (styles.size > 0) sentences.push({ id: 'import.plainStyles', values: { count: styles.size, styles: [...styles].map((name) => `"${name}"`).join(', ') } });
  if (other > 0) sentences.push({ id: 'import.elementsLeftOut', values: { count: other } });
  return sentences;
}

/** The sentence for a Word picture the checks refused: which one (its number, and its description when it has one) and why. */
function pictureRefusal(index: number, alt: string, reason: LocalisedMessage): LocalisedMessage {
  const name = alt.replace(/\s+/gu, ' ').trim().slice(0, 80);
  return { id: 'import.pictureLeftOut', values: { number: index, described: name === '' ? 'no' : 'yes', name, reason } };
}

/**
 * The structure with the pictures in its blocks (see `placePictures`); the
 * title, headings and lines above the title are strings, so a picture there
 * is counted as left out. `placed` lists the pictures the blocks name, each once.
 */
function withPictures(structure: DocxStructure, pictures: ReadonlyMap<number, DocxPicture>): DocxStructure & { placed: ImportedPicture[]; picturesLeftOut: number } {
  const placed = new Set<number>();
  let leftOut = 0;
  const line = (text: string) => {
    const stripped = withoutMarkers(text);
    leftOut += stripped.pictures.filter((index) => pictures.has(index)).length;
    return stripped.text;
  };
  const marked = new Map<number, MarkedPicture>([...pictures].map(([index, { image, alt }]) => [index, { hash: image.hash, width: image.width, height: image.height, alt }]));
  const result = {
    title: structure.title === null ? null : line(structure.title),
    linesAboveTitle: structure.linesAboveTitle.map(line).filter((text) => text.trim() !== ''),
    intro: placePictures(structure.intro, marked, placed),
    sections: structure.sections.map((section) => ({ heading: line(section.heading), blocks: placePictures(section.blocks, marked, placed) })),
    participants: structure.participants.map((participant) => ({ ...participant, name: line(participant.name), title: line(participant.title), organisation: line(participant.organisation), role: line(participant.role) })),
  };
  const images = new Map<string, ImportedPicture>();
  for (const index of [...placed].sort((a, b) => a - b)) {
    const { image } = pictures.get(index) as DocxPicture;
    images.set(image.hash, { hash: image.hash, mime: image.mime, width: image.width, height: image.height, bytes: image.bytes });
  }
  return { ...result, placed: [...images.values()], picturesLeftOut: leftOut };
}

/** A line short enough to be a masthead ("MINISTRY OF FOREIGN AFFAIRS", "PRESS RELEASE", "FOR IMMEDIATE RELEASE"). */
const MASTHEAD_LINE_MAX = 120;

/**
 * A draft without a Title style often opens with its masthead as plain
 * lines, then the dateline, then the lede. When one of the first three
 * blocks is a dateline and every block before it is one short line, those
 * lines are the masthead: read for release hints like the lines above a
 * title, never put in the lede.
 */
function splitMasthead(intro: readonly BlockElement[]): { masthead: string[]; intro: BlockElement[] } {
  const lines = intro.slice(0, 3).map((block) => (block.type === 'paragraph' || block.type === 'heading' ? textOf(block.children).replace(/\s+/gu, ' ').trim() : undefined));
  const datelineAt = lines.findIndex((line) => line !== undefined && parseDateline(line) !== undefined);
  if (datelineAt <= 0) return { masthead: [], intro: [...intro] };
  const before = lines.slice(0, datelineAt);
  if (before.some((line) => line === undefined || line.length > MASTHEAD_LINE_MAX)) return { masthead: [], intro: [...intro] };
  return { masthead: (before as string[]).filter((line) => line !== ''), intro: intro.slice(datelineAt) };
}

/**
 * Converts a Word file to an imported document: checks the package (size,
 * zip bomb, XXE — see `readDocxPackage`), converts the body with mammoth and
 * the import style map, sanitises the HTML with the paste allow-list, cuts
 * it into title and sections (`docxStructure`), and reads release and
 * classification lines from headers, footers and the lines above the title.
 * `knownHeadings` are template section headings (as `headingKey`s), so that
 * headings typed as plain lines are recognised too. Throws a `ServiceError`
 * with one sentence for a file it cannot import.
 */
export async function convertDocx(bytes: Uint8Array, fileName: string, knownHeadings: ReadonlySet<string>): Promise<ImportedDocument> {
  const docx = readDocxPackage(bytes);
  // Word comments and tracked changes come back as review comments and suggestions (see docx-review.ts).
  const { zip, review } = markReviewContent(docx);
  // Each picture is checked and stripped as it is read (size before decoding, as for any picture); mammoth gets a placeholder.
  const pictures = new Map<number, DocxPicture>();
  const refused: LocalisedMessage[] = [];
  let converted: { value: string; messages: { message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(zip) },
      {
        styleMap: [...docxImportStyleMap, ...captionStyleMap],
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = pictures.size + refused.length + 1;
          const alt = (image as { altText?: string }).altText ?? '';
          const prepared = await prepareImage(new Uint8Array(await image.readAsBuffer()));
          if (prepared.ok) pictures.set(index, { image: prepared.image, alt });
          else refused.push(pictureRefusal(index, alt, prepared.refusal));
          return { src: placeholderSource(index) };
        }),
      },
    );
  } catch (error) {
    throw docxImportError({ id: 'import.textUnreadable' }, error);
  }
  const html = markPictures(converted.value.replace(pageBreakMarker, '<br style="page-break-before:always">'));
  // Loaded here, not at start: jsdom takes half a second to load, which every command would pay.
  const { sanitizeImportedHtml } = await import('./sanitize-imported-html');
  const marked = withPictures(docxStructure(sanitizeImportedHtml(html), knownHeadings), pictures);
  const state = { comments: new Set<string>() };
  // Titles, headings, participants and masthead lines are plain strings: there a change counts as accepted.
  const accepted = (text: string) => acceptedText(text, review);
  const structure = review
    ? {
        ...marked,
        title: marked.title === null ? null : accepted(marked.title),
        linesAboveTitle: marked.linesAboveTitle.map(accepted),
        intro: applyReviewMarkers(marked.intro, review, state),
        sections: marked.sections.map((section) => ({ heading: accepted(section.heading), blocks: applyReviewMarkers(section.blocks, review, state) })),
        participants: marked.participants.map((participant) => ({ ...participant, name: accepted(participant.name), title: accepted(participant.title), organisation: accepted(participant.organisation), role: accepted(participant.role) })),
      }
    : marked;
  const { masthead, intro } = splitMasthead(structure.intro);
  const hintLines = [...headerFooterLines(docx), ...structure.linesAboveTitle, ...masthead];
  const hints = releaseHints(hintLines);

  const dropped: LocalisedMessage[] = [];
  const { comments, trackedChanges } = leftOutCounts(docx);
  const quoted = (lines: readonly string[]) => lines.map((line) => `"${line}"`).join(', ');
  dropped.push(...refused);
  if (marked.picturesLeftOut > 0) dropped.push({ id: 'import.imagesLeftOut', values: { count: marked.picturesLeftOut } });
  if (comments > 0 && !review) dropped.push({ id: 'import.commentsLeftOut', values: { count: comments } });
  if (trackedChanges > 0 && !review) dropped.push({ id: 'import.changesAccepted', values: { count: trackedChanges } });
  const unusedAbove = structure.linesAboveTitle.filter((line) => !hints.lines.includes(line));
  if (unusedAbove.length > 0) dropped.push({ id: 'import.linesAboveTitle', values: { lines: quoted(unusedAbove) } });
  const unusedMasthead = masthead.filter((line) => !hints.lines.includes(line));
  if (unusedMasthead.length > 0) dropped.push({ id: 'import.mastheadLeftOut', values: { lines: quoted(unusedMasthead) } });
  dropped.push(...warningSentences(converted.messages));

  const allText = [structure.title ?? '', ...structure.sections.map((section) => section.heading), textOf(intro), ...structure.sections.map((section) => textOf(section.blocks))].join(' ');
  if (structure.title === null && intro.length === 0 && masthead.length === 0 && structure.sections.length === 0 && structure.participants.length === 0) {
    throw docxImportError({ id: 'import.noText' });
  }
  return {
    fileName,
    title: structure.title,
    intro,
    sections: structure.sections,
    participants: structure.participants,
    releaseHints: hints,
    language: languageOf(allText),
    dropped,
    ...(review && review.threadList.length > 0 ? { commentThreads: review.threadList } : {}),
    ...(marked.placed.length > 0 ? { pictures: marked.placed } : {}),
  };
}
