import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Briefing } from '../../shared/document/briefing';
import { briefingFileName, readBriefingFile, writeBriefingFile } from '../../shared/document/briefing-file';
import type { BriefingFileExport } from '../../shared/ipc/briefing-service';
import { ServiceError } from '../../shared/ipc/ipc-result';
import type { Library } from './library';
import { LanguageVersionStore } from './language-version-store';
import { toStorageError } from './storage-error';
import { templateFieldIds, unknownFieldReference } from '../../shared/document/own-fields';
import { basename } from 'node:path';
import { InputFileError, inputProblemMessage, readInputFile } from '../files/read-input-file';
import { briefingFileTextSchema } from '../../shared/ipc/briefing-service';
import { partialPathBeside, replaceTargetProblem } from '../files/temporary-file';
import { pictureHashes } from '../../shared/document/export/export-document';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { prepareImage, type PreparedImage } from '../import/images/prepare-image';
import { ImageStore } from './image-store';
import { templateNameValue } from '../../shared/i18n/template-labels';

/** One briefing as the text of a `.briefing.json` file (docs/briefing-format.md). */
export function exportBriefingFile(library: Library, id: string, now: Date = new Date()): BriefingFileExport {
  const briefing = library.briefings.get(id);
  const templateName = library.templates.find(briefing.templateId)?.name;
  const versions = new LanguageVersionStore(library.database);
  const link = versions.linkOf(id);
  const languageVersion = link
    ? { family: link.familyId, sourceLanguage: link.sourceLanguage, upToDate: Object.fromEntries([...versions.baselines(id)].map(([sectionId, { text }]) => [sectionId, text])) }
    : undefined;
  const pictures = new ImageStore(library.database).many(pictureHashes(briefing));
  const filePictures = Object.fromEntries([...pictures].map(([hash, image]) => [hash, { mime: image.mime, base64: Buffer.from(image.bytes).toString('base64') }]));
  return { fileName: briefingFileName(briefing.title), contents: writeBriefingFile(briefing, now, templateName, languageVersion, filePictures) };
}

/**
 * The pictures a briefing file carries, each checked and stripped like any
 * picture added to the library (a file is input from anywhere: its bytes are
 * not trusted because their hash matches), by the hash the file's body names
 * them with. A picture refused refuses the whole file, with its sentence.
 */
async function preparedFilePictures(text: string): Promise<Map<string, PreparedImage>> {
  const read = readBriefingFile(text);
  const prepared = new Map<string, PreparedImage>();
  if (!read.ok) return prepared;
  for (const [hash, picture] of Object.entries(read.file.pictures ?? {})) {
    const result = await prepareImage(Buffer.from(picture.base64, 'base64'));
    if (!result.ok) throw new ServiceError('invalid-argument', result.refusal);
    prepared.set(hash, result.image);
  }
  return prepared;
}

/** `importBriefingFile` for a file that may carry pictures (format 3): they are checked first, then kept with the briefing in one transaction. */
export async function importBriefingFileWithPictures(library: Library, text: string): Promise<Briefing> {
  return importBriefingFile(library, text, await preparedFilePictures(text));
}

/**
 * Adds the briefing in a `.briefing.json` text as a new briefing (new id,
 * revision 1, an `import` revision in its history), as a draft: the status
 * the file claims was never given in this library. The whole file is
 * checked first, and the briefing is written in one transaction: a bad file
 * changes nothing.
 */
export function importBriefingFile(library: Library, text: string, pictures: ReadonlyMap<string, PreparedImage> = new Map()): Briefing {
  const read = readBriefingFile(text);
  if (!read.ok) throw new ServiceError('invalid-argument', read.localised);
  if (Object.keys(read.file.pictures ?? {}).some((hash) => !pictures.has(hash))) throw new Error('a briefing file with pictures goes through importBriefingFileWithPictures');
  // The body names each picture by the hash of the library copy, which the checks above made again.
  const briefing = { ...read.file.briefing, body: withPictureHashes(read.file.briefing.body, pictures) };
  const template = library.templates.find(briefing.templateId);
  const unknown = template ? Object.keys(briefing.fields).find((fieldId) => !template.fields.some((field) => field.id === fieldId)) : undefined;
  if (unknown !== undefined) {
    throw new ServiceError('invalid-argument', { id: 'briefingFile.unknownField', values: { template: template ? templateNameValue(template) : '', field: unknown } });
  }
  const unknownReference = template ? unknownFieldReference(briefing.body, templateFieldIds(template)) : undefined;
  if (unknownReference !== undefined) {
    throw new ServiceError('invalid-argument', { id: 'briefingFile.unknownReference', values: { template: template ? templateNameValue(template) : '', field: unknownReference } });
  }
  const write = library.database.transaction(() => {
    // A draft, whatever the file says: "approved" or "released" belongs to this office's own review, recorded in its history.
    const images = new ImageStore(library.database);
    for (const image of pictures.values()) images.add(image);
    const created = library.briefings.create(briefing, { status: 'draft', createdAt: briefing.createdAt });
    library.revisions.record(created.id, { reason: 'import' });
    const link = read.file.languageVersion;
    if (link) {
      // Joins its family when the library has it (or starts it), unless the family has this language already.
      const versions = new LanguageVersionStore(library.database);
      const taken = versions.members(link.family).some((member) => member.language.toLowerCase() === created.language.toLowerCase());
      if (!taken) versions.link(created.id, { familyId: link.family, sourceLanguage: link.sourceLanguage, toCheck: [] }, new Map(Object.entries(link.upToDate)));
    }
    return created;
  });
  return write.immediate();
}

function withPictureHashes(body: BriefingBody, pictures: ReadonlyMap<string, PreparedImage>): BriefingBody {
  if (pictures.size === 0) return body;
  return body.map((section) => ({
    ...section,
    children: section.children.map((block) => {
      const image = block.type === 'picture' ? pictures.get(block.hash) : undefined;
      return block.type === 'picture' && image ? { ...block, hash: image.hash, width: image.width, height: image.height } : block;
    }),
  }));
}

/** For the command line: writes the briefing to `path` (through a temporary file, so a failure leaves no half file). */
export function exportBriefingToPath(library: Library, id: string, path: string): void {
  const { contents } = exportBriefingFile(library, id);
  const problem = replaceTargetProblem(path);
  if (problem) throw new ServiceError('storage', { id: 'files.briefingFileNotWritten', values: { reason: problem } });
  // A random name, created with O_EXCL: never an existing file, never through a planted link.
  const partial = partialPathBeside(path);
  try {
    writeFileSync(partial, contents, { encoding: 'utf8', flag: 'wx' });
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw toStorageError(error, { id: 'storage.briefingFileWrite' });
  }
}

/** The largest `.briefing.json` read from disk: the same bound as one sent by the page. */
export const maxBriefingFileBytes = briefingFileTextSchema.maxLength ?? 50_000_000;

/** For the command line: imports the `.briefing.json` file at `path`, a regular file within `maxBriefingFileBytes` (checked before reading). */
export function importBriefingFromPath(library: Library, path: string, pictures: ReadonlyMap<string, PreparedImage> = new Map()): Briefing {
  return importBriefingFile(library, briefingFileTextAt(path), pictures);
}

/** The pictures of the `.briefing.json` file at `path`, checked and stripped, for `importBriefingFromPath` (which runs inside a transaction). */
export async function preparedPicturesAt(path: string): Promise<Map<string, PreparedImage>> {
  return preparedFilePictures(briefingFileTextAt(path));
}

function briefingFileTextAt(path: string): string {
  let text: string;
  try {
    text = readInputFile(path, maxBriefingFileBytes).toString('utf8');
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const code = error.problem === 'too-large' || error.problem === 'folder' || error.problem === 'not-regular' ? 'invalid-argument' : 'storage';
    throw new ServiceError(code, { id: 'files.notImported', values: { name: basename(path), reason: inputProblemMessage(error) } }, { cause: error });
  }
  if (text.trim() === '') throw new ServiceError('invalid-argument', { id: 'files.emptyFile', values: { name: basename(path) } });
  return text;
}
